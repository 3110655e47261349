package com.briefingdesk.article;

import java.time.Duration;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The timers of the article process, configurable per office (briefing.article.*). */
@Component("articleDeadlines")
public class ArticleDeadlines {

    private final String revisionReminder;
    private final String revisionDeadline;
    private final String poolExpiry;
    private final ArticleRepository articles;

    ArticleDeadlines(@Value("${briefing.article.revision-reminder:P3D}") String revisionReminder,
                     @Value("${briefing.article.revision-deadline:P14D}") String revisionDeadline,
                     @Value("${briefing.article.pool-expiry:P90D}") String poolExpiry,
                     ArticleRepository articles) {
        this.revisionReminder = revisionReminder;
        this.revisionDeadline = revisionDeadline;
        this.poolExpiry = poolExpiry;
        this.articles = articles;
        // Fail at start-up, not when the first timer is created.
        toDuration(revisionReminder);
        toDuration(revisionDeadline);
        toDuration(poolExpiry);
    }

    /** ISO-8601 duration after which a returned article's submitter is reminded. */
    public String getRevisionReminder() {
        return revisionReminder;
    }

    /** ISO-8601 duration after which a returned article expires unrevised. */
    public String getRevisionDeadline() {
        return revisionDeadline;
    }

    /** When an accepted article leaves the pool unused: counted from its acceptance, across releases. */
    public Date poolExpiryOf(Long articleId) {
        return Date.from(articles.acceptedAt(articleId).orElseThrow().plus(toDuration(poolExpiry)));
    }

    static Duration toDuration(String iso) {
        return Duration.parse(iso);
    }
}
