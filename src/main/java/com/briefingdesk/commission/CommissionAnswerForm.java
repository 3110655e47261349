package com.briefingdesk.commission;

import com.briefingdesk.article.Article;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.kernel.ui.Punctuation;
import com.briefingdesk.kernel.ui.UnsavedWork;
import com.briefingdesk.layout.MainLayout;
import com.briefingdesk.task.InboxView;
import com.briefingdesk.task.TaskGone;
import com.briefingdesk.task.TaskNotAvailableException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * formKey {@code commission-answer}: a unit's submitter answers a commission with one or more of the unit's
 * submitted articles (or writes a new one for it), or declines with a reason.
 */
@Route(value = "tasks/" + CommissionAnswers.ANSWER_FORM + "/:taskId", layout = MainLayout.class)
@RolesAllowed(Role.SUBMITTER_AUTHORITY)
public class CommissionAnswerForm extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle,
        UnsavedWork.Holder {

    private final CommissionAnswers answers;
    private final AppUser user;
    private final OfficeClock clock;
    final CheckboxGroup<Article> articles = new CheckboxGroup<>();
    final Button writeNew = new Button();
    final Button answer = new Button();
    final TextArea reason = new TextArea();
    final Button decline = new Button();
    private CommissionAnswers.AnswerTask task;
    private boolean answered;

    public CommissionAnswerForm(CommissionAnswers answers, CurrentUser currentUser, OfficeClock clock) {
        UnsavedWork.guardThePage(this);
        this.answers = answers;
        this.user = currentUser.get();
        this.clock = clock;
        setId("commission-answer");
        articles.setLabel(getTranslation("commission.answer.articles"));
        articles.setId("commission-articles");
        articles.setItemLabelGenerator(a -> Punctuation.aside(this, a.title(),
                getTranslation(a.status().messageKey())));
        articles.addValueChangeListener(e -> articles.setInvalid(false));
        writeNew.setText(getTranslation("commission.answer.writeNew"));
        writeNew.setId("commission-write-new");
        writeNew.addClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate(CommissionArticleRequests.EDITOR_ROUTE,
                        CommissionArticleRequests.editorQuery(task.commission().id()))));
        answer.setText(getTranslation("commission.answer.submit"));
        answer.setId("commission-answer-submit");
        answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answer.addClickListener(e -> answer());
        reason.setLabel(getTranslation("commission.decline.reason"));
        reason.setId("commission-decline-reason");
        reason.setWidthFull();
        reason.setMaxLength(CommissionAnswers.REASON_MAX);
        reason.addValueChangeListener(e -> reason.setInvalid(false));
        decline.setText(getTranslation("commission.decline"));
        decline.setId("commission-decline");
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        decline.addClickListener(e -> decline());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String taskId = event.getRouteParameters().get("taskId").orElseThrow();
        removeAll();
        try {
            task = answers.taskOf(user, taskId);
        } catch (TaskNotAvailableException e) {
            add(TaskGone.notice());
            return;
        }
        Commission commission = task.commission();
        List<Article> candidates = answers.candidates(user, commission.id());
        Set<Long> linked = Set.copyOf(answers.linked(user, commission.id()));
        articles.setItems(candidates);
        articles.setValue(candidates.stream().filter(a -> linked.contains(a.id())).collect(Collectors.toSet()));
        add(new H2(getTranslation("commission.answer.title", commission.topic())),
                new Paragraph(Punctuation.labelled(this, getTranslation("commission.deadline"),
                        clock.minute(commission.deadline())) + " · " + commission.officeName()),
                new Paragraph(commission.requirements()),
                new H3(getTranslation("commission.answer.heading")), articles,
                new HorizontalLayout(answer, writeNew),
                new H3(getTranslation("commission.decline.heading")), reason, decline);
    }

    void answer() {
        try {
            answers.answer(user, task.taskId(), articles.getValue().stream().map(Article::id).toList());
            answered = true;
            Notices.success(getTranslation("commission.answer.done"));
            getUI().ifPresent(ui -> ui.navigate(InboxView.class));
        } catch (ValidationException e) {
            articles.setErrorMessage(getTranslation(e.fieldMessageKeys().values().iterator().next()));
            articles.setInvalid(true);
        } catch (TaskNotAvailableException e) {
            Notices.error(getTranslation("task.notAvailable"));
        }
    }

    void decline() {
        try {
            answers.decline(user, task.taskId(), reason.getValue());
            answered = true;
            Notices.success(getTranslation("commission.decline.done"));
            getUI().ifPresent(ui -> ui.navigate(InboxView.class));
        } catch (ValidationException e) {
            reason.setErrorMessage(getTranslation(e.fieldMessageKeys().values().iterator().next()));
            reason.setInvalid(true);
        } catch (TaskNotAvailableException e) {
            Notices.error(getTranslation("task.notAvailable"));
        }
    }

    /** A reason for declining is typed; the articles ticked are only picked (and writing a new one keeps them). */
    @Override
    public boolean hasUnsavedWork() {
        return !answered && !reason.getValue().isBlank();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("task.name.commission-answer");
    }
}
