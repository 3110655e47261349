package com.briefingdesk.issue;

import com.briefingdesk.kernel.OfficeClock;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** At the top of the form that received a return: who returned the issue from which step, when, and why. */
class ReturnNotice extends Div {

    ReturnNotice(IssueOpinion returned, OfficeClock clock) {
        setId("return-notice");
        addClassName("return-notice");
        getElement().setAttribute("role", "status");
        Span who = new Span(getTranslation("flow.returnNotice", returned.actorName(),
                getTranslation(returned.step().messageKey()), clock.minute(returned.at())));
        who.setId("return-notice-who");
        Div reason = new Div(returned.opinion() == null ? "" : returned.opinion());
        reason.setId("return-notice-reason");
        reason.addClassName("timeline-comment");
        add(who, reason);
    }
}
