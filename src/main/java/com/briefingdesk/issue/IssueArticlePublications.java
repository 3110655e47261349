package com.briefingdesk.issue;

import com.briefingdesk.article.Article;
import com.briefingdesk.article.ArticlePublications;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Tells the article views in which published issue an article appeared. */
@Component
class IssueArticlePublications implements ArticlePublications {

    /** The reading view of a published issue (the circulation feature routes it). */
    static final String READING_ROUTE = "published/";

    private final IssueRepository issues;
    private final IssueService issueService;

    IssueArticlePublications(IssueRepository issues, IssueService issueService) {
        this.issues = issues;
        this.issueService = issueService;
    }

    @Override
    public Optional<PublishedIn> publishedIn(Article article) {
        if (article.issueId() == null) {
            return Optional.empty();
        }
        return issues.find(article.issueId()).filter(row -> row.status().published()).map(issueService::assemble)
                .map(issue -> new PublishedIn(issue.title(), READING_ROUTE + issue.id()));
    }

    @Override
    public Optional<String> scheduledIn(Article article) {
        if (article.issueId() == null) {
            return Optional.empty();
        }
        return issues.find(article.issueId()).filter(row -> !row.status().published()).map(issueService::assemble)
                .map(Issue::title);
    }
}
