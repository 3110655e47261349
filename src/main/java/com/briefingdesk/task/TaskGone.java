package com.briefingdesk.task;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

/** What a task form shows when its task is done or was never the person's. */
public final class TaskGone {

    private TaskGone() {
    }

    public static Div notice() {
        Div notice = new Div();
        notice.setId("task-gone");
        notice.add(new Paragraph(notice.getTranslation("task.notAvailable")),
                new RouterLink(notice.getTranslation("nav.inbox"), InboxView.class));
        return notice;
    }
}
