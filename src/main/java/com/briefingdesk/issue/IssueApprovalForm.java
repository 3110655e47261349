package com.briefingdesk.issue;

import com.briefingdesk.approval.OpinionField;
import com.briefingdesk.approval.TaskActionBar;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.kernel.ui.DecisionColumns;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.kernel.ui.UnsavedWork;
import com.briefingdesk.task.InboxView;
import com.briefingdesk.task.TaskGone;
import com.briefingdesk.task.TaskNotAvailableException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;

/**
 * The forms that judge a composed issue (proofread, review, sign-off): the full preview, the opinions so far, an
 * opinion and two ways on. A return must say why.
 */
abstract class IssueApprovalForm extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle,
        UnsavedWork.Holder {

    protected final IssueTasks tasks;
    protected final IssueService issues;
    protected final IssueFlow flow;
    protected final AppUser user;
    final OpinionField opinion = OpinionField.create();
    private String opinionAsShown = ""; // what leaving loses nothing of: the form's own default, or what was sent
    final Button approve = new Button();
    final Button sendBack = new Button();
    final Button returnToStep = new Button();
    final Div problem = new Div();
    protected String taskId;
    protected Issue issue;

    private final OfficeClock clock;

    IssueApprovalForm(IssueTasks tasks, IssueService issues, IssueFlow flow, CurrentUser currentUser,
                      OfficeClock clock) {
        UnsavedWork.guardThePage(this);
        this.tasks = tasks;
        this.issues = issues;
        this.flow = flow;
        this.user = currentUser.get();
        this.clock = clock;
        opinion.asDecisionOpinion(getTranslation("issue.opinion"), "opinion", IssueTasks.OPINION_MAX);
        approve.setText(getTranslation(approveKey()));
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(e -> act(true));
        sendBack.setText(getTranslation(returnKey()));
        sendBack.setId("return");
        sendBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        sendBack.addClickListener(e -> act(false));
        returnToStep.setText(getTranslation("flow.return.open"));
        returnToStep.setId("return-to-step");
        returnToStep.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        returnToStep.addClickListener(e -> openReturnDialog());
        problem.addClassName("field-error");
        problem.setId("issue-problem");
    }

    abstract String formKey();

    abstract String titleKey();

    abstract String approveKey();

    abstract String returnKey();

    abstract void decide(boolean approved, String opinionText);

    /** The step this form acts in: a return to it is shown at the top. */
    abstract IssueOpinion.Step step();

    /** 退回至…: offered where more than the editor's step lies behind. */
    boolean offersReturnToStep() {
        return true;
    }

    /** What a form shows between the opinions so far and the opinion field. */
    List<Component> sections() {
        return List.of();
    }

    /** Further actions beside approve and return. */
    List<Component> actions() {
        return List.of();
    }

    void openReturnDialog() {
        ReturnToStepDialog dialog = new ReturnToStepDialog(flow, user, taskId, formKey(), opinion.getValue(), () -> {
            opinionAsShown = opinion.getValue();
            getUI().ifPresent(ui -> ui.navigate(InboxView.class));
        });
        dialog.open();
    }

    String defaultOpinion() {
        return "";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("taskId").orElseThrow();
        removeAll();
        try {
            issue = tasks.issueOfTask(user, taskId, formKey());
        } catch (TaskNotAvailableException e) {
            add(TaskGone.notice());
            return;
        }
        IssuePreview preview = new IssuePreview(clock);
        preview.show(issue);
        opinion.setValue(defaultOpinion());
        opinionAsShown = opinion.getValue();
        problem.setVisible(false);
        add(new H2(getTranslation(titleKey())));
        flow.returnReceived(issue.id(), step()).ifPresent(returned -> add(new ReturnNotice(returned, clock)));
        DecisionColumns columns = new DecisionColumns().subject(preview, new H3(getTranslation("issue.opinions")),
                new OpinionHistory(issues.opinions(user, issue.id()), clock));
        sections().forEach(columns::subject);
        HorizontalLayout buttons = new HorizontalLayout(approve, sendBack);
        buttons.setWrap(true);
        if (offersReturnToStep()) {
            buttons.add(returnToStep);
        }
        actions().forEach(buttons::add);
        add(columns.decision(opinion, problem, buttons, TaskActionBar.forTask(taskId)));
    }

    void act(boolean approved) {
        if (!approved && opinion.getValue().isBlank()) {
            opinion.setErrorMessage(getTranslation("issue.opinion.requiredForReturn"));
            opinion.setInvalid(true);
            return;
        }
        try {
            decide(approved, opinion.getValue());
            opinionAsShown = opinion.getValue();
            Notices.success(getTranslation(approved ? "issue.done.approved" : "issue.done.returned"));
            getUI().ifPresent(ui -> ui.navigate(InboxView.class));
        } catch (ValidationException e) {
            e.fieldMessageKeys().forEach((field, key) -> {
                if (field.equals("opinion")) {
                    opinion.setErrorMessage(getTranslation(key));
                    opinion.setInvalid(true);
                } else {
                    problem.setText(getTranslation(key));
                    problem.setVisible(true);
                }
            });
        } catch (TaskNotAvailableException e) {
            Notices.error(getTranslation("task.notAvailable"));
        }
    }

    @Override
    public boolean hasUnsavedWork() {
        return !opinion.getValue().equals(opinionAsShown);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey());
    }
}
