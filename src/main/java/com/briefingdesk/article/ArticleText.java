package com.briefingdesk.article;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** An article's paragraphs as text components, bold lead phrases marked: nothing typed is ever read as HTML. */
public final class ArticleText {

    private ArticleText() {
    }

    public static List<Paragraph> paragraphs(ArticleBody body) {
        return body.paragraphs().stream().map(paragraph -> {
            Paragraph p = new Paragraph();
            for (ArticleBody.Run run : paragraph.runs()) {
                Span span = new Span(run.text());
                if (run.bold()) {
                    span.addClassName("lead-phrase");
                }
                p.add(span);
            }
            return p;
        }).toList();
    }
}
