package com.briefingdesk.article;

/** An editor's decision on a submitted article; the value is the process variable {@code decision}. */
public enum TriageDecision {
    ACCEPT, RETURN, REJECT;

    /** Returning and rejecting must tell the unit why. */
    public boolean needsComment() {
        return this != ACCEPT;
    }

    ArticleEvent.Kind eventKind() {
        return switch (this) {
            case ACCEPT -> ArticleEvent.Kind.ACCEPTED;
            case RETURN -> ArticleEvent.Kind.RETURNED;
            case REJECT -> ArticleEvent.Kind.REJECTED;
        };
    }
}
