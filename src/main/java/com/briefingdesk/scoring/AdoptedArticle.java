package com.briefingdesk.scoring;

/** An adopted article a leader's instruction may be recorded on. */
public record AdoptedArticle(long id, String title, String unitName) {
}
