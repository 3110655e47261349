package com.briefingdesk.article;

import com.briefingdesk.approval.OpinionField;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ui.DecisionColumns;
import com.briefingdesk.kernel.ui.FieldProblems;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.kernel.ui.Punctuation;
import com.briefingdesk.kernel.ui.UnsavedWork;
import com.briefingdesk.layout.MainLayout;
import com.briefingdesk.task.NextInPile;
import com.briefingdesk.task.TaskGone;
import com.briefingdesk.task.TaskInbox;
import com.briefingdesk.task.TaskNotAvailableException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * formKey {@code article-unit-approval}: the unit's leader reads the article their unit wants to send and approves
 * it (it goes on to the editors) or returns it to the submitter with an opinion.
 */
@Route(value = "tasks/" + UnitApprovalTasks.FORM + "/:taskId", layout = MainLayout.class)
@RolesAllowed(Role.UNIT_LEADER_AUTHORITY)
public class ArticleUnitApprovalForm extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle,
        UnsavedWork.Holder {

    private final UnitApprovalTasks tasks;
    private final ArticleService articles;
    private final AppUser user;
    final RadioButtonGroup<UnitDecision> decision = new RadioButtonGroup<>();
    final OpinionField opinion = OpinionField.create();
    final Button complete = new Button();
    final Div ownArticle = new Div();
    private final FieldProblems problems;
    private final OfficeClock clock;
    final Checkbox nextAfter;
    private final NextInPile pile;
    private final TaskInbox inbox;
    private String taskId;
    private boolean decided;

    public ArticleUnitApprovalForm(UnitApprovalTasks tasks, ArticleService articles, CurrentUser currentUser,
                                   OfficeClock clock, TaskInbox inbox) {
        UnsavedWork.guardThePage(this);
        this.tasks = tasks;
        this.articles = articles;
        this.user = currentUser.get();
        this.clock = clock;
        this.inbox = inbox;
        pile = new NextInPile(inbox, user, UnitApprovalTasks.FORM, "unitapproval.nextAfter", "unitapproval.noneNext");
        nextAfter = pile.choice();
        setId(UnitApprovalTasks.FORM);
        decision.setLabel(getTranslation("unitapproval.decision"));
        decision.setItems(UnitDecision.values());
        decision.setItemLabelGenerator(d -> getTranslation("unitapproval.decision." + d.name()));
        decision.setId("decision");
        decision.addValueChangeListener(e -> decision.setInvalid(false));
        opinion.asDecisionOpinion(getTranslation("unitapproval.opinion"), "opinion", ArticleTasks.COMMENT_MAX);
        opinion.setHelperText(getTranslation("unitapproval.opinion.help"));
        complete.setText(getTranslation("unitapproval.complete"));
        complete.setId("complete");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.addClickListener(e -> complete());
        ownArticle.setId("own-article");
        ownArticle.addClassName("field-error");
        problems = new FieldProblems(this, Map.of("decision", decision, "opinion", opinion), decision);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("taskId").orElseThrow();
        removeAll();
        decided = false;
        Article article;
        try {
            article = tasks.articleOfTask(user, taskId);
        } catch (TaskNotAvailableException e) {
            add(TaskGone.notice());
            return;
        }
        HorizontalLayout meta = new HorizontalLayout(
                new Span(Punctuation.labelled(this, getTranslation("article.createdBy"),
                        article.createdByName())),
                new Span(Punctuation.labelled(this, getTranslation("article.phone"), article.contactPhone())),
                new Span(Punctuation.labelled(this, getTranslation("article.submittedAt"),
                        clock.minute(article.submittedAt()))));
        meta.addClassName("article-meta");
        ArticlePreview preview = new ArticlePreview();
        preview.show(article.title(), article.body());
        List<ArticleEvent> timeline = articles.timeline(user, article.id());
        DecisionColumns columns = new DecisionColumns().subject(meta, preview,
                new ArticleImages(articles, user, article.id(), false), new H3(getTranslation("article.timeline")),
                new ArticleTimeline(timeline, clock));
        // the form is the same when it goes on to the next article: nothing decided for the last one carries over
        decision.clear();
        decision.setInvalid(false);
        opinion.clear();
        opinion.setInvalid(false);
        boolean own = tasks.isOwnArticle(user, article);
        if (own) {
            // opening it from the inbox took it: it goes back to wait for the unit's other leaders
            inbox.giveBack(taskId, user);
            ownArticle.setText(getTranslation(tasks.waitsForNoLeader(article) ? "unitapproval.noOtherLeader"
                    : "unitapproval.ownArticle"));
            columns.decision(ownArticle);
        }
        decision.setEnabled(!own);
        opinion.setEnabled(!own);
        complete.setEnabled(!own);
        add(new H2(getTranslation("unitapproval.title")), columns.decision(decision, opinion, complete, nextAfter));
    }

    /** A missing decision, or a return without its opinion, is refused by the service at its field. */
    void complete() {
        try {
            problems.attempt(() -> {
                Optional<String> step = pile.stepOf(taskId);
                tasks.decide(user, taskId, decision.getValue(), opinion.getValue());
                decided = true;
                Notices.success(getTranslation("unitapproval.done." + decision.getValue().name()));
                pile.goOn(this, step);
            });
        } catch (TaskNotAvailableException e) {
            Notices.error(getTranslation("task.notAvailable"));
        }
    }

    @Override
    public boolean hasUnsavedWork() {
        return !decided && !opinion.getValue().isBlank();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unitapproval.title");
    }
}
