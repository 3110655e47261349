package com.briefingdesk.article;

import com.vaadin.flow.component.html.Span;

/** An article's status as a coloured badge (Lumo badge styles). */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(ArticleStatus status) {
        Span badge = new Span();
        badge.setText(badge.getTranslation(status.messageKey()));
        badge.getElement().getThemeList().add("badge " + switch (status) {
            case ACCEPTED, SCHEDULED, ADOPTED -> "success";
            case RETURNED -> "warning"; // waits on the submitter
            case REJECTED, EXPIRED, EXPIRED_UNUSED, WITHDRAWN -> "error";
            default -> "";
        });
        badge.addClassName("status-badge");
        badge.getElement().setAttribute("data-status", status.name());
        return badge;
    }
}
