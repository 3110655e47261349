package com.briefingdesk.article;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reminds a submitter that a returned article waits for revision. The reminder shows in the article's timeline
 * and in the log; e-mail joins it with circulation.
 */
@Component("revisionReminder")
public class RevisionReminder {

    private static final Logger log = LoggerFactory.getLogger(RevisionReminder.class);

    private final ArticleRepository articles;

    RevisionReminder(ArticleRepository articles) {
        this.articles = articles;
    }

    public void remind(Long articleId) {
        articles.addEvent(articleId, null, ArticleEvent.Kind.REMINDER_SENT, null);
        articles.find(articleId).ifPresent(article ->
                log.info("Reminder: article {} of {} waits for revision by {}", articleId, article.unitName(),
                        article.createdByName()));
    }
}
