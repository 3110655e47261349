package com.briefingdesk.publication;

import com.briefingdesk.audit.AuditAction;
import com.briefingdesk.audit.AuditTrail;
import com.briefingdesk.article.ArticlePool;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssueArticle;
import com.briefingdesk.issue.IssueLifecycle;
import com.briefingdesk.issue.IssueService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "Publish" step of the issue process: the issue is published, and each article in it is adopted (采用), which
 * its submitters see. Safe to run again: the publication time and the adoptions stay as they were.
 */
@Component("issuePublishing")
public class IssuePublishing {

    private final IssueService issues;
    private final IssueLifecycle lifecycle;
    private final ArticlePool pool;
    private final AuditTrail audit;

    IssuePublishing(IssueService issues, IssueLifecycle lifecycle, ArticlePool pool, AuditTrail audit) {
        this.issues = issues;
        this.lifecycle = lifecycle;
        this.pool = pool;
        this.audit = audit;
    }

    @Transactional
    public void publish(Long issueId) {
        Issue issue = issues.load(issueId);
        lifecycle.published(issueId);
        for (IssueArticle article : issue.articles()) {
            pool.adopt(article.articleId());
        }
        audit.recordAs(null, AuditAction.ISSUE_PUBLISHED, IssueService.PROCESS_KEY, issueId, issue.serialNumber() == null
                ? null : String.valueOf(issue.serialNumber()));
    }
}
