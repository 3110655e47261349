package com.briefingdesk.article;

import org.springframework.stereotype.Component;

/**
 * The article process moves the article's status through these calls (service tasks of bpmn/article.bpmn), so the
 * status always says where the process is. What the system does by itself goes into the timeline here; what a
 * person decided is recorded by the service that took the decision.
 */
@Component("articleLifecycle")
public class ArticleLifecycle {

    private final ArticleRepository articles;

    ArticleLifecycle(ArticleRepository articles) {
        this.articles = articles;
    }

    public void accepted(Long articleId) {
        articles.markAccepted(articleId);
    }

    public void awaitingUnitApproval(Long articleId) {
        articles.setStatus(articleId, ArticleStatus.UNIT_APPROVAL);
    }

    /** Approved by the unit's leader: now it is with the editors, as any submitted article. */
    public void unitApproved(Long articleId) {
        articles.setStatus(articleId, ArticleStatus.SUBMITTED);
    }

    public void returned(Long articleId) {
        articles.setStatus(articleId, ArticleStatus.RETURNED);
    }

    public void rejected(Long articleId) {
        articles.setStatus(articleId, ArticleStatus.REJECTED);
    }

    public void resubmitted(Long articleId) {
        articles.setStatus(articleId, ArticleStatus.SUBMITTED);
    }

    public void withdrawn(Long articleId) {
        articles.setStatus(articleId, ArticleStatus.WITHDRAWN);
    }

    public void revisionExpired(Long articleId) {
        articles.setStatus(articleId, ArticleStatus.EXPIRED);
        articles.addEvent(articleId, null, ArticleEvent.Kind.EXPIRED, null);
    }

    public void scheduled(Long articleId) {
        articles.setStatus(articleId, ArticleStatus.SCHEDULED);
        articles.addEvent(articleId, null, ArticleEvent.Kind.SCHEDULED, null);
    }

    public void released(Long articleId) {
        articles.setStatus(articleId, ArticleStatus.ACCEPTED);
        articles.addEvent(articleId, null, ArticleEvent.Kind.RELEASED, null);
    }

    public void adopted(Long articleId) {
        articles.setStatus(articleId, ArticleStatus.ADOPTED);
        articles.addEvent(articleId, null, ArticleEvent.Kind.ADOPTED, null);
    }

    public void poolExpired(Long articleId) {
        articles.setStatus(articleId, ArticleStatus.EXPIRED_UNUSED);
        articles.addEvent(articleId, null, ArticleEvent.Kind.EXPIRED_UNUSED, null);
    }
}
