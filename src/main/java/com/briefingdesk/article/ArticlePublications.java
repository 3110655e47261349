package com.briefingdesk.article;

import java.util.Optional;

/**
 * Where an adopted article was published. The article feature only asks; the issue feature, which knows issues,
 * answers, so the dependency stays issue → article.
 */
public interface ArticlePublications {

    /** The published issue that carries the article: its name as printed and the route of its reading view. */
    record PublishedIn(String issueTitle, String location) { }

    Optional<PublishedIn> publishedIn(Article article);

    /** The issue being made that the article is scheduled for, as its submitter should read it. */
    Optional<String> scheduledIn(Article article);
}
