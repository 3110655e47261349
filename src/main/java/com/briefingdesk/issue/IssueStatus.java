package com.briefingdesk.issue;

/** Where an issue stands; the issue process moves it. */
public enum IssueStatus {
    COMPOSING, PROOFREADING, IN_REVIEW, AWAITING_SIGN_OFF, SIGNED_OFF, PUBLISHED, ARCHIVED;

    /** Published issues are read by their recipients and kept in the archive. */
    public boolean published() {
        return this == PUBLISHED || this == ARCHIVED;
    }

    /** Being composed or approved: a person of the office has it in hand, not the engine or the recipients. */
    public boolean inHand() {
        return !published() && this != SIGNED_OFF;
    }

    public String messageKey() {
        return "issue.status." + name();
    }
}
