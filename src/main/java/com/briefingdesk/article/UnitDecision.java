package com.briefingdesk.article;

/** A unit leader's decision on their unit's article; the value is the process variable {@code unitDecision}. */
public enum UnitDecision {
    APPROVE, RETURN;

    /** Returning must tell the submitter why. */
    public boolean needsOpinion() {
        return this == RETURN;
    }

    ArticleEvent.Kind eventKind() {
        return this == APPROVE ? ArticleEvent.Kind.UNIT_APPROVED : ArticleEvent.Kind.UNIT_RETURNED;
    }
}
