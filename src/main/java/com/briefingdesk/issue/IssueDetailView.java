package com.briefingdesk.issue;

import com.briefingdesk.approval.ApprovalActs;
import com.briefingdesk.approval.CopyButton;
import com.briefingdesk.approval.ReadingSubjects;
import com.briefingdesk.approval.ReminderDialog;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.layout.MainLayout;
import com.briefingdesk.task.TaskNotAvailableException;
import com.briefingdesk.task.WaitingStep;
import com.briefingdesk.task.WhereItWaits;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One issue: its numbers and status, the layout, and every opinion given on it. */
@Route(value = "issues/:issueId([0-9]+)", layout = MainLayout.class)
@RolesAllowed({"EDITOR", "REVIEWER", "SIGNATORY", "ADMIN"})
public class IssueDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final IssueService issues;
    private final IssueFlow flow;
    private final AppUser user;
    private final OfficeClock clock;
    private final List<CirculationProgress> circulationProgress;
    private final WhereItWaits whereItWaits;
    private final IssueReminders reminders;
    final Button retrieve = new Button();
    final Div retrieveProblem = new Div();
    private Issue issue;

    public IssueDetailView(IssueService issues, IssueFlow flow, CurrentUser currentUser, OfficeClock clock,
                           List<CirculationProgress> circulationProgress, WhereItWaits whereItWaits,
                           IssueReminders reminders) {
        this.issues = issues;
        this.whereItWaits = whereItWaits;
        this.reminders = reminders;
        this.flow = flow;
        this.user = currentUser.get();
        this.clock = clock;
        this.circulationProgress = circulationProgress;
        setId("issue-detail");
        retrieve.setId("retrieve");
        retrieve.addClickListener(e -> retrieve());
        retrieveProblem.setId("retrieve-problem");
        retrieveProblem.addClassName("field-error");
    }

    /** 取回: back to the step the person completed, or the reason why not any more. */
    void retrieve() {
        try {
            IssueFlow.RetrievedTask task = flow.retrieve(user, issue.id());
            Notices.success(getTranslation("flow.retrieve.done"));
            getUI().ifPresent(ui -> ui.navigate("tasks/" + task.formKey() + "/" + task.taskId()));
        } catch (ValidationException refused) {
            retrieveProblem.setText(getTranslation(refused.fieldMessageKeys().get("retrieve")));
            retrieveProblem.setVisible(true);
        } catch (TaskNotAvailableException gone) {
            retrieveProblem.setText(getTranslation("flow.retrieve.acted"));
            retrieveProblem.setVisible(true);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().getLong("issueId").orElseThrow());
    }

    private void show(long issueId) {
        issue = issues.find(user, issueId);
        removeAll();
        Span status = new Span(getTranslation(issue.status().messageKey()));
        status.setId("issue-status");
        status.getElement().getThemeList().add("badge");
        HorizontalLayout meta = new HorizontalLayout(status);
        if (issue.numbered()) {
            Span numbers = new Span(IssueDesignation.of(this, issue) + " · " + issue.serialLabel());
            numbers.setId("issue-numbers");
            meta.add(numbers, new Span(getTranslation("issue.signedOffBy", issue.signedOffByName(),
                    clock.minute(issue.signedOffAt()))));
        }
        if (issue.status().published()) {
            // the reading view and the circulation are the circulation feature's; linked by route
            Anchor published = new Anchor(IssueArticlePublications.READING_ROUTE + issue.id(),
                    getTranslation("issue.openPublished"));
            published.setId("open-published");
            Anchor circulation = new Anchor("issues/" + issue.id() + "/circulation", circulationLinkText());
            circulation.setId("open-circulation");
            meta.add(published, circulation);
        }
        Anchor sheet = new Anchor("issues/" + issue.id() + "/approval-sheet", getTranslation("approval.sheet.open"));
        sheet.setId("open-approval-sheet");
        meta.add(sheet, CopyButton.forSubject(ReadingSubjects.ISSUE, issue.id()));
        meta.addClassName("article-meta");
        retrieveProblem.setVisible(false);
        flow.retrievable(user, issue).ifPresentOrElse(step -> {
            retrieve.setText(getTranslation("flow.retrieve.button", getTranslation(step.messageKey())));
            retrieve.setVisible(true);
        }, () -> retrieve.setVisible(false));
        meta.add(retrieve);
        IssuePreview preview = new IssuePreview(clock);
        preview.show(issue);
        add(new H2(getPageTitle()), meta, retrieveProblem);
        if (issue.status().inHand()) { // while it circulates, 传阅情况 says who has not acknowledged
            add(whereItWaits.lines(this, getLocale(), issue.processInstanceId(), this::reminderOf));
        }
        add(preview, new H3(getTranslation("issue.opinions")),
                new OpinionHistory(issues.opinions(user, issue.id()), clock),
                ApprovalActs.ofProcess(issue.processInstanceId()));
    }

    /** 催办 beside a step the editor may remind of; the page shows the reminder among the issue's acts afterwards. */
    private Optional<Component> reminderOf(WaitingStep step) {
        return reminders.mayRemind(user, issue, step) ? Optional.of(ReminderDialog.opener(this, step,
                note -> reminders.remind(user, issue.id(), step.taskId(), note), () -> show(issue.id())))
                : Optional.empty();
    }

    /** 传阅情况, with how many units have acknowledged once it has reached any. */
    private String circulationLinkText() {
        return circulationProgress.stream().map(p -> p.acknowledged(user, List.of(issue.id())).get(issue.id()))
                .filter(Objects::nonNull).findFirst()
                .map(a -> getTranslation("issue.openCirculation.progress", String.valueOf(a.acknowledged()),
                        String.valueOf(a.units())))
                .orElse(getTranslation("issue.openCirculation"));
    }

    @Override
    public String getPageTitle() {
        if (issue == null) {
            return "";
        }
        return issue.title();
    }
}
