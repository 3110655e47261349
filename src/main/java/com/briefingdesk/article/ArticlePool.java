package com.briefingdesk.article;

import com.briefingdesk.audit.AuditAction;
import com.briefingdesk.audit.AuditTrail;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.ValidationException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepted articles waiting to be used, as the editors compose issues from them. Including an article in an issue
 * schedules it (its process waits for publication); removing it releases it to the pool.
 */
@Service
public class ArticlePool {

    /**
     * Filters of the pool: any may be null. {@code words}: text the title contains (case aside, blank for any), for
     * finding one article among hundreds waiting; {@code acceptedTo} is exclusive.
     */
    public record Filter(String words, Long unitId, String column, Instant acceptedFrom, Instant acceptedTo) {
    }

    private final ArticleRepository articles;
    private final RuntimeService runtimeService;
    private final AuditTrail audit;

    ArticlePool(ArticleRepository articles, RuntimeService runtimeService, AuditTrail audit) {
        this.articles = articles;
        this.runtimeService = runtimeService;
        this.audit = audit;
    }

    public List<Article> available(Filter filter) {
        return articles.findByStatus(EnumSet.of(ArticleStatus.ACCEPTED)).stream()
                .filter(a -> a.titleContains(filter.words()))
                .filter(a -> filter.unitId() == null || filter.unitId() == a.unitId())
                .filter(a -> filter.column() == null || filter.column().isBlank()
                        || filter.column().equals(a.suggestedColumn()))
                .filter(a -> filter.acceptedFrom() == null || !a.acceptedAt().isBefore(filter.acceptedFrom()))
                .filter(a -> filter.acceptedTo() == null || a.acceptedAt().isBefore(filter.acceptedTo()))
                .toList();
    }

    public List<Article> byIds(Collection<Long> ids) {
        return articles.findByIds(ids);
    }

    /** Includes an accepted article in an issue: its process moves to "scheduled". */
    @Transactional
    public void schedule(long articleId, long issueId) {
        Article article = articles.findForUpdate(articleId)
                .filter(a -> a.status() == ArticleStatus.ACCEPTED)
                .orElseThrow(() -> new ValidationException(Map.of("articles", "issue.article.notAvailable")));
        runtimeService.createMessageCorrelation("ArticleScheduled")
                .processInstanceId(article.processInstanceId()).correlate();
        articles.setIssue(articleId, issueId);
    }

    /** Takes an article out of an issue, back into the pool. */
    @Transactional
    public void release(long articleId) {
        Article article = articles.findForUpdate(articleId).orElseThrow(() -> new NotFoundException("article"));
        if (article.status() == ArticleStatus.SCHEDULED) {
            runtimeService.createMessageCorrelation("ArticleReleased")
                    .processInstanceId(article.processInstanceId()).correlate();
        }
        articles.setIssue(articleId, null);
    }

    /**
     * The issue that carries the article is published: the article is adopted (采用). A retried publication finds
     * the article adopted already and changes nothing.
     */
    @Transactional
    public void adopt(long articleId) {
        Article article = articles.findForUpdate(articleId).orElseThrow(() -> new NotFoundException("article"));
        if (article.status() == ArticleStatus.SCHEDULED) {
            runtimeService.createMessageCorrelation("ArticlePublished")
                    .processInstanceId(article.processInstanceId()).correlate();
        }
    }

    /**
     * An editor's edit of an article's title or text while composing: a version of its own. Only an article placed
     * in an issue not yet published may change: a published issue's articles read as they were printed.
     */
    @Transactional
    public Article edit(AppUser editor, long articleId, int expectedVersion, ArticleContent content) {
        if (!editor.has(Role.EDITOR)) {
            throw new NotFoundException("article " + articleId);
        }
        content.validate();
        Article article = articles.findForUpdate(articleId).orElseThrow(() -> new NotFoundException("article"));
        if (article.status() != ArticleStatus.SCHEDULED) {
            throw new ValidationException(Map.of("articles", "issue.article.notPlaced"));
        }
        if (!articles.update(articleId, expectedVersion, content)) {
            throw new ArticleChangedException(articleId);
        }
        articles.addVersion(articleId, content.getTitle(), content.parsedBody(), editor.id(),
                ArticleVersion.Reason.EDITOR_EDIT);
        articles.addEvent(articleId, editor.id(), ArticleEvent.Kind.EDITED, null);
        audit.record(editor, AuditAction.ARTICLE_EDITED, ArticleService.PROCESS_KEY, articleId,
                ArticleVersion.Reason.EDITOR_EDIT.name());
        return articles.find(articleId).orElseThrow();
    }
}
