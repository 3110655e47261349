package com.briefingdesk.issue;

import java.time.Instant;

/** An opinion given on an issue (意见): who, in which step, what they decided and said, when. */
public record IssueOpinion(Step step, Decision decision, String opinion, String actorName, Instant at) {

    public enum Step { COMPOSE, PROOFREAD, REVIEW, SIGN_OFF }

    public enum Decision { SUBMIT, APPROVE, RETURN }
}
