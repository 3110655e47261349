package com.briefingdesk.article;

/** Someone else saved the article since this person opened it; their save is refused, not merged. */
public class ArticleChangedException extends RuntimeException {

    public ArticleChangedException(long id) {
        super("article " + id + " was changed meanwhile");
    }
}
