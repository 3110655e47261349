package com.briefingdesk.issue;

import com.briefingdesk.kernel.OfficeClock;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** 意见栏: every opinion on the issue in order, with step, decision, person and time. */
class OpinionHistory extends OrderedList {

    OpinionHistory(List<IssueOpinion> opinions, OfficeClock clock) {
        addClassName("timeline");
        setId("opinions");
        for (IssueOpinion opinion : opinions) {
            ListItem item = new ListItem(new Span(clock.minute(opinion.at())),
                    new Span(getTranslation("issue.step." + opinion.step().name())),
                    new Span(getTranslation(opinion.decision().messageKey())),
                    new Span(opinion.actorName()));
            if (opinion.returnTo() != null) {
                item.addComponentAtIndex(3, new Span(getTranslation("flow.returnedTo",
                        getTranslation(opinion.returnTo().messageKey()))));
            }
            item.addClassName("timeline-event");
            if (opinion.opinion() != null) {
                Div text = new Div(opinion.opinion());
                text.addClassName("timeline-comment");
                item.add(text);
            }
            add(item);
        }
    }
}
