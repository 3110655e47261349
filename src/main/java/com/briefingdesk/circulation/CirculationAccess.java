package com.briefingdesk.circulation;

import com.briefingdesk.article.Article;
import com.briefingdesk.article.ArticlePool;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssueArticle;
import org.springframework.stereotype.Component;

/**
 * Who may read a published issue: the provincial office; the recipients of the units it circulates to; the
 * submitters of the units whose articles it carries. Nobody reads an issue before it is published here.
 */
@Component
class CirculationAccess {

    private final ArticlePool articles;

    CirculationAccess(ArticlePool articles) {
        this.articles = articles;
    }

    static boolean office(AppUser user) {
        return user.has(Role.EDITOR) || user.has(Role.REVIEWER) || user.has(Role.SIGNATORY) || user.has(Role.ADMIN);
    }

    /** Editors and administrators follow the circulation and remind units. */
    static boolean tracks(AppUser user) {
        return user.has(Role.EDITOR) || user.has(Role.ADMIN);
    }

    static boolean receives(AppUser user, Issue issue) {
        return user.has(Role.RECIPIENT) && issue.circulationUnitIds().contains(user.unitId());
    }

    boolean mayRead(AppUser user, Issue issue) {
        if (!issue.status().published()) {
            return false;
        }
        if (office(user) || receives(user, issue)) {
            return true;
        }
        return user.has(Role.SUBMITTER) && articles.byIds(issue.articles().stream().map(IssueArticle::articleId)
                .toList()).stream().map(Article::unitId).anyMatch(unit -> unit == user.unitId());
    }
}
