package com.briefingdesk.article;

import java.util.Set;

/** Where an article stands. The article process moves it; the views only read it. */
public enum ArticleStatus {
    DRAFT, UNIT_APPROVAL, SUBMITTED, RETURNED, ACCEPTED, SCHEDULED, ADOPTED, REJECTED, WITHDRAWN, EXPIRED, EXPIRED_UNUSED;

    /** The submitter may withdraw until the editors accept, also while the unit's leader has it. */
    public boolean withdrawable() {
        return this == UNIT_APPROVAL || this == SUBMITTED || this == RETURNED;
    }

    public boolean finished() {
        return Set.of(ADOPTED, REJECTED, WITHDRAWN, EXPIRED, EXPIRED_UNUSED).contains(this);
    }

    /** Unit approval keeps its words in its own bundle family. */
    public String messageKey() {
        return (this == UNIT_APPROVAL ? "unitapproval.status." : "article.status.") + name();
    }
}
