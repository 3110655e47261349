package com.briefingdesk.article;

import com.briefingdesk.kernel.OfficeClock;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** What happened to an article, who did it, when, and what they said. */
class ArticleTimeline extends OrderedList {

    ArticleTimeline(List<ArticleEvent> events, OfficeClock clock) {
        addClassName("timeline");
        setId("timeline");
        for (ArticleEvent event : events) {
            Span when = new Span(clock.minute(event.at()));
            when.addClassName("timeline-time");
            Span what = new Span(getTranslation(event.kind().messageKey()));
            what.addClassName("timeline-kind");
            Span who = new Span(event.actorName() == null ? getTranslation("timeline.system") : event.actorName());
            who.addClassName("timeline-actor");
            ListItem item = new ListItem(when, what, who);
            if (event.comment() != null) {
                Div comment = new Div(event.comment());
                comment.addClassName("timeline-comment");
                item.add(comment);
            }
            item.addClassName("timeline-event");
            add(item);
        }
    }
}
