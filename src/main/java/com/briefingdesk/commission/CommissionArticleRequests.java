package com.briefingdesk.commission;

import com.briefingdesk.article.ArticleRequests;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.OfficeClock;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.Optional;

/** "Write a new article for this notice": the article editor at {@code articles/new?commission=<id>}. */
@org.springframework.stereotype.Component
class CommissionArticleRequests implements ArticleRequests {

    static final String PARAMETER = "commission";
    static final String EDITOR_ROUTE = "articles/new";

    private final CommissionAnswers answers;
    private final OfficeClock clock;

    CommissionArticleRequests(CommissionAnswers answers, OfficeClock clock) {
        this.answers = answers;
        this.clock = clock;
    }

    /** The editor's query that asks for a new draft linked to the commission. */
    static QueryParameters editorQuery(long commissionId) {
        return QueryParameters.of(PARAMETER, String.valueOf(commissionId));
    }

    @Override
    public String parameter() {
        return PARAMETER;
    }

    @Override
    public Optional<Component> banner(AppUser user, long commissionId) {
        return answers.writableFor(user, commissionId).map(commission -> {
            Span banner = new Span();
            banner.setText(banner.getTranslation("commission.editor.writingFor", commission.topic(),
                    clock.minute(commission.deadline())));
            banner.setId("commission-banner");
            banner.addClassName("hint");
            return banner;
        });
    }

    @Override
    public void link(AppUser user, long articleId, long commissionId) {
        answers.linkNewDraft(user, articleId, commissionId);
    }
}
