package com.briefingdesk.article;

import com.briefingdesk.approval.TaskActionBar;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.kernel.ui.UnsavedWork;
import com.briefingdesk.layout.MainLayout;
import com.briefingdesk.task.TaskGone;
import com.briefingdesk.task.TaskNotAvailableException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * formKey {@code article-revise}: the submitter reads why the article came back and what the editor changed,
 * revises it and sends it again.
 */
@Route(value = "tasks/" + ArticleTasks.REVISE_FORM + "/:taskId", layout = MainLayout.class)
@RolesAllowed(Role.SUBMITTER_AUTHORITY)
public class ArticleRevisionForm extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle,
        UnsavedWork.Holder {

    private final ArticleTasks tasks;
    private final ArticleService articles;
    private final AppUser user;
    private final OfficeClock clock;
    final ArticleFields fields = new ArticleFields();
    final TextArea note = new TextArea();
    final Button resubmit = new Button();
    final Div editorComment = new Div();
    private String taskId;
    private Article article;

    public ArticleRevisionForm(ArticleTasks tasks, ArticleService articles, CurrentUser currentUser,
                               OfficeClock clock) {
        UnsavedWork.guardThePage(this);
        this.tasks = tasks;
        this.articles = articles;
        this.user = currentUser.get();
        this.clock = clock;
        setId("article-revise");
        note.setLabel(getTranslation("revise.note"));
        note.setId("note");
        note.setWidthFull();
        note.setMaxLength(2000);
        resubmit.setText(getTranslation("revise.resubmit"));
        resubmit.setId("resubmit");
        resubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resubmit.addClickListener(e -> resubmit());
        editorComment.setId("editor-comment");
        editorComment.addClassName("editor-comment");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("taskId").orElseThrow();
        removeAll();
        try {
            article = tasks.articleOfTask(user, taskId, ArticleTasks.REVISE_FORM);
        } catch (TaskNotAvailableException e) {
            add(TaskGone.notice());
            return;
        }
        List<ArticleEvent> timeline = articles.timeline(user, article.id());
        // The latest return says why: the editors' or, before they saw it, the unit leader's.
        Optional<ArticleEvent> lastReturn = timeline.stream().filter(ev -> ev.kind() == ArticleEvent.Kind.RETURNED
                || ev.kind() == ArticleEvent.Kind.UNIT_RETURNED).reduce((first, second) -> second);
        editorComment.setText(lastReturn.map(ArticleEvent::comment).orElse(""));
        boolean byUnit = lastReturn.filter(ev -> ev.kind() == ArticleEvent.Kind.UNIT_RETURNED).isPresent();
        fields.show(article.content());
        add(new H2(getTranslation("revise.title")),
                new H3(getTranslation(byUnit ? "unitapproval.revise.opinion" : "revise.editorComment")), editorComment,
                new H3(getTranslation("revise.changes")),
                new VersionHistory(articles.versions(user, article.id()), clock),
                new H3(getTranslation("revise.yourText")), fields,
                new ArticleImages(articles, user, article.id(), true), note, resubmit,
                new H3(getTranslation("article.timeline")), new ArticleTimeline(timeline, clock));
        add(TaskActionBar.forTask(taskId));
    }

    void resubmit() {
        ArticleContent revised = fields.current();
        if (!fields.showProblems(revised.problems())) {
            return;
        }
        try {
            tasks.resubmit(user, taskId, revised, article.version(), note.getValue());
            fields.saved(revised);
            note.clear();
            Notices.success(getTranslation("revise.done"));
            getUI().ifPresent(ui -> ui.navigate(ArticleDetailView.class, ArticleDetailView.parameters(article.id())));
        } catch (ValidationException e) {
            fields.showProblems(e.fieldMessageKeys());
        } catch (TaskNotAvailableException e) {
            Notices.error(getTranslation("task.notAvailable"));
        } catch (ArticleChangedException e) {
            Notices.error(getTranslation("article.changedMeanwhile"));
        }
    }

    @Override
    public boolean hasUnsavedWork() {
        return fields.changed() || !note.isEmpty();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("revise.title");
    }
}
