package com.briefingdesk.issue;

import com.briefingdesk.article.ArticleText;
import com.briefingdesk.kernel.OfficeClock;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The issue laid out as the printed briefing: marking, red title block with number, office and date, red rule,
 * editor's note, column headings with their contents, the articles, and the 版记 with serial number and print
 * count. Text components only: nothing typed is ever read as HTML.
 */
public class IssuePreview extends Div {

    /** What the page prints is in the printed issue's language, whatever the screen's; the placeholders explain. */
    private static final Locale PRINTED = Locale.SIMPLIFIED_CHINESE;

    private final OfficeClock clock;

    public IssuePreview(OfficeClock clock) {
        this.clock = clock;
        addClassName("issue-preview");
        setId("issue-preview");
    }

    public void show(Issue issue) {
        removeAll();
        Div marking = new Div(text(issue.effectiveMarking()));
        marking.addClassName("issue-marking");
        H1 title = new H1(issue.series().title());
        title.addClassName("issue-series-title");
        Div number = new Div(issue.numbered() ? issue.numberLabel()
                : getTranslation(issue.supplement() ? "issue.number.pending.supplement" : "issue.number.pending"));
        number.addClassName("issue-number");
        number.setId("issue-number");
        Span office = new Span(issue.series().issuingOffice());
        Span date = new Span(Issue.dateLabel(issue.datePrinted(clock)));
        Div officeLine = new Div(office, date);
        officeLine.addClassName("issue-office-line");
        Div rule = new Div();
        rule.addClassName("issue-red-rule");
        add(marking, title, number, officeLine, rule);

        if (issue.editorNote() != null && !issue.editorNote().isBlank()) {
            Paragraph note = new Paragraph();
            Span label = new Span(getTranslation(PRINTED, "issue.editorNote.label") + "：");
            label.addClassName("lead-phrase");
            note.add(label, new Span(issue.editorNote()));
            note.addClassName("issue-editor-note");
            add(note);
        }

        Map<String, List<IssueArticle>> byColumn = issue.articles().stream().collect(Collectors.groupingBy(
                IssueArticle::columnName, LinkedHashMap::new, Collectors.toList()));
        Div contents = new Div();
        contents.addClassName("issue-contents");
        byColumn.forEach((column, articles) -> {
            H2 heading = new H2("【" + column + "】");
            heading.addClassName("issue-column");
            contents.add(heading);
            articles.forEach(a -> {
                Div entry = new Div(a.title());
                entry.addClassName("issue-contents-entry");
                contents.add(entry);
            });
        });
        add(contents);

        byColumn.values().forEach(articles -> articles.forEach(a -> add(article(a))));
        add(colophon(issue));
    }

    private Div article(IssueArticle placed) {
        Div article = new Div();
        article.addClassName("issue-article");
        H3 title = new H3(placed.title());
        title.addClassName("issue-article-title");
        article.add(title);
        ArticleText.paragraphs(placed.body()).forEach(article::add);
        return article;
    }

    private Div colophon(Issue issue) {
        Div colophon = new Div();
        colophon.addClassName("issue-colophon");
        colophon.setId("issue-colophon");
        for (RecipientLine line : RecipientLine.values()) {
            List<String> labels = issue.recipients().stream().filter(r -> r.line() == line).map(Recipient::label)
                    .toList();
            if (!labels.isEmpty()) {
                Div row = new Div(line.mark() + "：" + String.join("，", labels));
                row.addClassName("issue-colophon-line");
                colophon.add(row);
            }
        }
        String serial = issue.serialLabel() == null ? getTranslation("issue.serial.pending",
                issue.series().serialPrefix()) : issue.serialLabel();
        Div count = new Div("（" + serial + " " + getTranslation(PRINTED, "issue.printCount.label", issue.printCount())
                + "）");
        count.addClassName("issue-print-count");
        count.setId("issue-serial");
        colophon.add(count);
        return colophon;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
