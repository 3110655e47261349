package com.briefingdesk.article;

import java.time.Instant;

/** One line of an article's timeline. The actor is null for what the system did by itself (timers). */
public record ArticleEvent(Instant at, String actorName, Kind kind, String comment) {

    public enum Kind {
        CREATED, SUBMITTED, WITHDRAWN, ACCEPTED, RETURNED, REJECTED, EDITED, RESUBMITTED, REMINDER_SENT,
        EXPIRED, SCHEDULED, RELEASED, ADOPTED, EXPIRED_UNUSED, UNIT_APPROVED, UNIT_RETURNED;

        /** Unit approval keeps its words in its own bundle family. */
        public String messageKey() {
            return (this == UNIT_APPROVED || this == UNIT_RETURNED ? "unitapproval.event." : "article.event.") + name();
        }
    }
}
