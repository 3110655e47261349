package com.briefingdesk.layout;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What anyone sees for an id that does not exist, or that is not theirs to see: both look the same, so that
 * trying ids of other units' objects or other roles' forms reveals nothing. Shown inside the menu frame, so the
 * person finds their way back.
 */
abstract class RefusalView extends VerticalLayout {

    int refuse() {
        removeAll();
        add(new H2(getTranslation("notFound.title")), new Paragraph(getTranslation("notFound.text")));
        setId("not-found");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
