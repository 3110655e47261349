package com.briefingdesk.article;

import java.util.Set;

/** Where an article stands. The article process moves it; the views only read it. */
public enum ArticleStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED, SCHEDULED, ADOPTED, REJECTED, WITHDRAWN, EXPIRED, EXPIRED_UNUSED;

    /** The submitter may withdraw until the editors accept. */
    public boolean withdrawable() {
        return this == SUBMITTED || this == RETURNED;
    }

    public boolean finished() {
        return Set.of(ADOPTED, REJECTED, WITHDRAWN, EXPIRED, EXPIRED_UNUSED).contains(this);
    }

    public String messageKey() {
        return "article.status." + name();
    }
}
