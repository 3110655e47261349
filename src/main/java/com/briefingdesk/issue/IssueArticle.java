package com.briefingdesk.issue;

import com.briefingdesk.article.ArticleBody;
import com.briefingdesk.article.ArticleStatus;

/** An article as placed in an issue: under a column, at a position. */
public record IssueArticle(long articleId, int position, String columnName, String title, String unitName,
                           ArticleBody body, ArticleStatus status, int articleVersion) { }
