package com.briefingdesk.article;

import java.time.Instant;

/** One saved state of an article's text: every save by anyone is one. */
public record ArticleVersion(long id, int number, String title, ArticleBody body, String editedByName,
                             Instant editedAt, Reason reason) {

    public enum Reason { DRAFT, SUBMISSION, EDITOR_EDIT, REVISION }
}
