package com.briefingdesk.issue;

import org.springframework.stereotype.Component;

/** The issue process moves the issue's status through these calls (service tasks of bpmn/issue.bpmn). */
@Component("issueLifecycle")
public class IssueLifecycle {

    private final IssueRepository issues;
    private final CountersignRepository countersigns;

    IssueLifecycle(IssueRepository issues, CountersignRepository countersigns) {
        this.issues = issues;
        this.countersigns = countersigns;
    }

    public void composing(Long issueId) {
        issues.setStatus(issueId, IssueStatus.COMPOSING);
    }

    public void proofreading(Long issueId) {
        issues.setStatus(issueId, IssueStatus.PROOFREADING);
    }

    /** Each review round starts with no countersign member decided. */
    public void inReview(Long issueId) {
        issues.setStatus(issueId, IssueStatus.IN_REVIEW);
        countersigns.clearDecisions(issueId);
    }

    public void awaitingSignOff(Long issueId) {
        issues.setStatus(issueId, IssueStatus.AWAITING_SIGN_OFF);
    }

    /** The documents are rendered and the issue goes out: recipients read it from now on. */
    public void published(Long issueId) {
        issues.setPublished(issueId);
    }

    /** Every receiving unit has acknowledged: the issue's circulation is over. */
    public void archived(Long issueId) {
        issues.setArchived(issueId);
    }
}
