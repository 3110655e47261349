package com.briefingdesk.article;

import com.briefingdesk.approval.OpinionField;
import com.briefingdesk.approval.TaskActionBar;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.kernel.ui.DecisionColumns;
import com.briefingdesk.kernel.ui.MainLayout;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.task.InboxView;
import com.briefingdesk.task.TaskGone;
import com.briefingdesk.task.TaskNotAvailableException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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

/** formKey {@code article-triage}: an editor reads, may edit, and accepts, returns or rejects a submitted article. */
@Route(value = "tasks/" + ArticleTasks.TRIAGE_FORM + "/:taskId", layout = MainLayout.class)
@RolesAllowed(Role.EDITOR_AUTHORITY)
public class ArticleTriageForm extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ArticleTasks tasks;
    private final ArticleService articles;
    private final AppUser user;
    private final OfficeClock clock;
    final ArticleFields fields = new ArticleFields();
    final RadioButtonGroup<TriageDecision> decision = new RadioButtonGroup<>();
    final OpinionField comment = OpinionField.create();
    final Button complete = new Button();
    private String taskId;
    private Article article;

    public ArticleTriageForm(ArticleTasks tasks, ArticleService articles, CurrentUser currentUser, OfficeClock clock) {
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
        comment.setLabel(getTranslation("triage.comment"));
        comment.setId("comment");
        comment.setWidthFull();
        comment.setMaxLength(2000);
        comment.addValueChangeListener(e -> comment.setInvalid(false));
        complete.setText(getTranslation("triage.complete"));
        complete.setId("complete");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.addClickListener(e -> complete());
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
        HorizontalLayout meta = new HorizontalLayout(
                new Span(getTranslation("article.unit") + "：" + article.unitName()),
                new Span(getTranslation("article.createdBy") + "：" + article.createdByName()),
                new Span(getTranslation("article.phone") + "：" + article.contactPhone()),
                new Span(getTranslation("article.submittedAt") + "：" + clock.minute(article.submittedAt())));
        meta.addClassName("article-meta");
        List<ArticleEvent> timeline = articles.timeline(user, article.id());
        UnitApprovalNote.of(timeline, clock).ifPresent(meta::add);
        Details history = new Details(getTranslation("article.timelineAndVersions"),
                new ArticleTimeline(timeline, clock),
                new VersionHistory(articles.versions(user, article.id()), clock));
        add(new H2(getTranslation("triage.title")), new DecisionColumns()
                .subject(meta, fields, new ArticleImages(articles, user, article.id(), false), history)
                .decision(decision, comment, complete, TaskActionBar.forTask(taskId)));
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
            tasks.triage(user, taskId, decision.getValue(), comment.getValue(), edited, article.version());
            Notices.success(getTranslation("triage.done." + decision.getValue().name()));
            getUI().ifPresent(ui -> ui.navigate(InboxView.class));
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

    private void showCommentProblem(String key) {
        comment.setErrorMessage(getTranslation(key));
        comment.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("triage.title");
    }
}
