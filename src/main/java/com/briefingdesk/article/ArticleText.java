package com.briefingdesk.article;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * An article's paragraphs as text components, bold lead phrases and headings (一、, （一）) marked for their faces:
 * nothing typed is ever read as HTML.
 */
public final class ArticleText {

    private ArticleText() {
    }

    public static List<Paragraph> paragraphs(ArticleBody body) {
        return body.paragraphs().stream().map(paragraph -> {
            Paragraph p = new Paragraph();
            for (OutlineHeading.Segment segment : OutlineHeading.segments(paragraph)) {
                Span span = new Span(segment.text());
                switch (segment.face()) {
                    case LEAD_PHRASE -> span.addClassName("lead-phrase");
                    case FIRST_LEVEL -> span.addClassName("outline-first");
                    case SECOND_LEVEL -> span.addClassName("outline-second");
                    case BODY -> { }
                }
                p.add(span);
            }
            return p;
        }).toList();
    }
}
