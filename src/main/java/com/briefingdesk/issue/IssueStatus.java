package com.briefingdesk.issue;

/** Where an issue stands; the issue process moves it. */
public enum IssueStatus {
    COMPOSING, PROOFREADING, IN_REVIEW, AWAITING_SIGN_OFF, SIGNED_OFF, PUBLISHED, ARCHIVED;

    /** Published issues are read by their recipients and kept in the archive. */
    public boolean published() {
        return this == PUBLISHED || this == ARCHIVED;
    }

    public String messageKey() {
        return "issue.status." + name();
    }
}
