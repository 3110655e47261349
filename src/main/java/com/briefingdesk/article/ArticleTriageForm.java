package com.briefingdesk.article;

import com.briefingdesk.approval.OpinionField;
import com.briefingdesk.approval.TaskActionBar;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.kernel.ui.DecisionColumns;
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
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
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
import java.util.Optional;

/** formKey {@code article-triage}: an editor reads, may edit, and accepts, returns or rejects a submitted article. */
@Route(value = "tasks/" + ArticleTasks.TRIAGE_FORM + "/:taskId", layout = MainLayout.class)
@RolesAllowed(Role.EDITOR_AUTHORITY)
public class ArticleTriageForm extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle,
        UnsavedWork.Holder {

    private final ArticleTasks tasks;
    private final ArticleService articles;
    private final AppUser user;
    private final OfficeClock clock;
    final ArticleFields fields = new ArticleFields();
    final RadioButtonGroup<TriageDecision> decision = new RadioButtonGroup<>();
    final OpinionField comment = OpinionField.create();
    final Button complete = new Button();
    final Checkbox nextAfter;
    private final NextInPile pile;
    private String taskId;
    private Article article;

    public ArticleTriageForm(ArticleTasks tasks, ArticleService articles, CurrentUser currentUser, OfficeClock clock,
                             TaskInbox inbox) {
        UnsavedWork.guardThePage(this);
        this.tasks = tasks;
        this.articles = articles;
        this.user = currentUser.get();
        this.clock = clock;
        setId("article-triage");
        decision.setLabel(getTranslation("triage.decision"));
        decision.setItems(TriageDecision.values());
        decision.setItemLabelGenerator(d -> getTranslation("triage.decision." + d.name()));
        decision.setId("decision");
        decision.addValueChangeListener(e -> decision.setInvalid(false));
        comment.asDecisionOpinion(getTranslation("triage.comment"), "comment", ArticleTasks.COMMENT_MAX);
        complete.setText(getTranslation("triage.complete"));
        complete.setId("complete");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.addClickListener(e -> complete());
        pile = new NextInPile(inbox, user, ArticleTasks.TRIAGE_FORM, "triage.nextAfter", "triage.noneNext");
        nextAfter = pile.choice();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("taskId").orElseThrow();
        removeAll();
        try {
            article = tasks.articleOfTask(user, taskId, ArticleTasks.TRIAGE_FORM);
        } catch (TaskNotAvailableException e) {
            add(TaskGone.notice());
            return;
        }
        fields.show(article.content());
        // the form is the same when it goes on to the next article: nothing decided for the last one carries over
        decision.clear();
        decision.setInvalid(false);
        comment.clear();
        comment.setInvalid(false);
        HorizontalLayout meta = new HorizontalLayout(
                new Span(Punctuation.labelled(this, getTranslation("article.unit"), article.unitName())),
                new Span(Punctuation.labelled(this, getTranslation("article.createdBy"),
                        article.createdByName())),
                new Span(Punctuation.labelled(this, getTranslation("article.phone"), article.contactPhone())),
                new Span(Punctuation.labelled(this, getTranslation("article.submittedAt"),
                        clock.minute(article.submittedAt()))));
        meta.addClassName("article-meta");
        List<ArticleEvent> timeline = articles.timeline(user, article.id());
        UnitApprovalNote.of(timeline, clock).ifPresent(meta::add);
        Details history = new Details(getTranslation("article.timelineAndVersions"),
                new ArticleTimeline(timeline, clock),
                new VersionHistory(articles.versions(user, article.id()), clock));
        add(new H2(getTranslation("triage.title")), new DecisionColumns()
                .subject(meta, fields, new ArticleImages(articles, user, article.id(), false), history)
                .decision(decision, comment, complete, nextAfter, TaskActionBar.forTask(taskId)));
    }

    void complete() {
        boolean ok = true;
        if (decision.getValue() == null) {
            decision.setErrorMessage(getTranslation("triage.decision.required"));
            decision.setInvalid(true);
            ok = false;
        }
        ArticleContent edited = fields.current();
        ok &= fields.showProblems(edited.problems());
        if (decision.getValue() != null && decision.getValue().needsComment() && comment.getValue().isBlank()) {
            showCommentProblem(decision.getValue() == TriageDecision.RETURN
                    ? "triage.comment.requiredForReturn" : "triage.comment.requiredForReject");
            ok = false;
        }
        if (!ok) {
            return;
        }
        try {
            // the step is read while the task still exists, and only for an editor going on to the next one
            Optional<String> step = pile.stepOf(taskId);
            tasks.triage(user, taskId, decision.getValue(), comment.getValue(), edited, article.version());
            fields.saved(edited);
            comment.clear();
            Notices.success(getTranslation("triage.done." + decision.getValue().name()));
            pile.goOn(this, step);
        } catch (ValidationException e) {
            fields.showProblems(e.fieldMessageKeys());
            if (e.fieldMessageKeys().containsKey("comment")) {
                showCommentProblem(e.fieldMessageKeys().get("comment"));
            }
        } catch (TaskNotAvailableException e) {
            Notices.error(getTranslation("task.notAvailable"));
        } catch (ArticleChangedException e) {
            Notices.error(getTranslation("article.changedMeanwhile"));
        }
    }

    @Override
    public boolean hasUnsavedWork() {
        return fields.changed() || !comment.getValue().isBlank();
    }

    private void showCommentProblem(String key) {
        comment.setErrorMessage(getTranslation(key));
        comment.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("triage.title");
    }
}
