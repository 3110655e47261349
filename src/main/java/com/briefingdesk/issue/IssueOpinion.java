package com.briefingdesk.issue;

import java.time.Instant;

/**
 * An opinion given on an issue (意见): who, in which step, what they decided and said, when; for a return, the step
 * it sent the issue back to.
 */
public record IssueOpinion(Step step, Decision decision, String opinion, String actorName, Instant at, long actorId,
                           Step returnTo) {

    /** The steps in the order an issue passes them. */
    public enum Step {
        COMPOSE, PROOFREAD, REVIEW, SIGN_OFF;

        public boolean isBefore(Step other) {
            return ordinal() < other.ordinal();
        }

        public String messageKey() {
            return "issue.step." + name();
        }
    }

    /** RETRIEVE: the person who completed the step took it back (取回) before the next step was acted on. */
    public enum Decision {
        SUBMIT, APPROVE, RETURN, RETRIEVE;

        /** A decision that sends the issue on to the next step. */
        public boolean forward() {
            return this == SUBMIT || this == APPROVE;
        }

        public String messageKey() {
            return this == RETRIEVE ? "flow.decision.RETRIEVE" : "issue.decision." + name();
        }
    }

    public boolean forward() {
        return decision.forward();
    }
}
