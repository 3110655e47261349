package com.briefingdesk.article;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/**
 * The article as the briefing will print it: centred title, indented paragraphs, bold lead phrases. Built from
 * text components only, so whatever a person typed shows as text.
 */
class ArticlePreview extends Div {

    ArticlePreview() {
        addClassName("article-preview");
    }

    void show(String title, ArticleBody body) {
        removeAll();
        H3 heading = new H3(title == null ? "" : title.strip());
        heading.addClassName("article-preview-title");
        add(heading);
        ArticleText.paragraphs(body).forEach(this::add);
    }
}
