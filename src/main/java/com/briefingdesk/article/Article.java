package com.briefingdesk.article;

import com.briefingdesk.kernel.SearchWords;
import java.time.Instant;

/** An article as it stands now; its history is in {@link ArticleVersion} and {@link ArticleEvent}. */
public record Article(long id, long unitId, String unitName, long createdBy, String createdByName,
                      String title, String suggestedColumn, String authors, String contactPhone, ArticleBody body,
                      ArticleStatus status, String processInstanceId, Long issueId,
                      Instant submittedAt, Instant acceptedAt, Instant createdAt, Instant updatedAt, int version) {

    public ArticleContent content() {
        return new ArticleContent(title, suggestedColumn, authors, contactPhone, body.toTyped());
    }

    /** Whether the title holds the words looked for (case aside, spaces around them ignored); blank words: yes. */
    public boolean titleContains(String words) {
        return new SearchWords(words).foundIn(title);
    }
}
