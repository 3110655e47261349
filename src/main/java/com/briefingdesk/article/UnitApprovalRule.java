package com.briefingdesk.article;

import com.briefingdesk.identity.Unit;
import com.briefingdesk.identity.UserDirectory;
import org.springframework.stereotype.Component;

/**
 * Whether an article needs its unit leader's approval before the editors see it, and whose task that is: read from
 * the unit's setting each time the article is sent, so an administrator's change applies to the next submission.
 */
@Component("unitApproval")
public class UnitApprovalRule {

    private final ArticleRepository articles;
    private final UserDirectory directory;

    UnitApprovalRule(ArticleRepository articles, UserDirectory directory) {
        this.articles = articles;
        this.directory = directory;
    }

    public boolean required(Long articleId) {
        return unitOf(articleId).requiresLeaderApproval();
    }

    /** The candidate group of the unit approval task: the leaders of the article's own unit. */
    public String leaderGroup(Long articleId) {
        return Unit.leaderGroup(unitOf(articleId).code());
    }

    private Unit unitOf(Long articleId) {
        long unitId = articles.find(articleId).orElseThrow(() -> new IllegalStateException("no article " + articleId))
                .unitId();
        return directory.findUnit(unitId).orElseThrow(() -> new IllegalStateException("no unit " + unitId));
    }
}
