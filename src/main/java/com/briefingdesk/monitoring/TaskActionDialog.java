package com.briefingdesk.monitoring;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ui.FieldProblems;
import com.briefingdesk.kernel.ui.InputTexts;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.kernel.ui.UnsavedWork;
import com.briefingdesk.task.ActivityNames;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Acting on one open task: transfer it (转办), set its due date, or remind its holder (催办); every act asks why.
 * A refused input is marked at its field and the dialog stays open with everything typed.
 */
class TaskActionDialog extends Dialog {

    /** Opens the dialog for a task; a bean, so views need not know the services behind it. */
    @Component
    static class Factory {

        private final TaskActions actions;
        private final TaskWatch watch;
        private final ActivityNames activityNames;
        private final GroupLabels groupLabels;
        private final OfficeClock clock;

        Factory(TaskActions actions, TaskWatch watch, ActivityNames activityNames, GroupLabels groupLabels,
                OfficeClock clock) {
            this.actions = actions;
            this.watch = watch;
            this.activityNames = activityNames;
            this.groupLabels = groupLabels;
            this.clock = clock;
        }

        TaskActionDialog open(AppUser admin, String taskId, Runnable afterAct) {
            TaskActionDialog dialog = new TaskActionDialog(actions, watch, activityNames, groupLabels, clock, admin,
                    taskId, afterAct);
            dialog.open();
            return dialog;
        }
    }

    private final TaskActions actions;
    private final AppUser admin;
    private final String taskId;
    private final Runnable afterAct;
    final ComboBox<AppUser> successor = new ComboBox<>();
    final DateTimePicker due = new DateTimePicker();
    final TextArea reason = new TextArea();
    final Button reassign = new Button();
    final Button setDue = new Button();
    final Button remind = new Button();
    private final FieldProblems problems;

    TaskActionDialog(TaskActions actions, TaskWatch watch, ActivityNames activityNames, GroupLabels groupLabels,
                     OfficeClock clock, AppUser admin, String taskId, Runnable afterAct) {
        setCloseOnOutsideClick(false); // a stray click beside it must not lose what was typed
        this.actions = actions;
        this.admin = admin;
        this.taskId = taskId;
        this.afterAct = afterAct;
        setId("task-action-dialog");
        WatchedTask task = watch.find(admin, taskId, clock.now())
                .orElseThrow(() -> new NotFoundException("task " + taskId));
        setHeaderTitle(task.nameIn(activityNames, getLocale()) + " · " + task.subjectTitle());
        Paragraph holder = new Paragraph(getTranslation("monitoring.task.heldBy", groupLabels.holders(this).apply(task),
                clock.minute(task.created()), clock.minute(task.due())));

        successor.setLabel(getTranslation("monitoring.task.successor"));
        successor.setItems(actions.successors(admin, taskId));
        successor.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ") · " + u.unitName());
        successor.setId("task-successor");
        successor.setWidth("24em");
        InputTexts.localize(due);
        due.setLabel(getTranslation("monitoring.task.due"));
        due.setId("task-due");
        if (task.due() != null) {
            due.setValue(clock.localTime(task.due()));
        }
        reason.setLabel(getTranslation("monitoring.task.reason"));
        reason.setMaxLength(TaskActions.MAX_REASON);
        reason.setWidthFull();
        reason.setId("task-reason");

        reassign.setText(getTranslation("monitoring.task.reassign"));
        reassign.setId("task-reassign");
        reassign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reassign.addClickListener(e -> act(() -> actions.reassign(admin, taskId,
                successor.getValue() == null ? null : successor.getValue().username(), reason.getValue()),
                "monitoring.task.reassigned"));
        setDue.setText(getTranslation("monitoring.task.setDue"));
        setDue.setId("task-set-due");
        setDue.addClickListener(e -> act(() -> actions.setDue(admin, taskId,
                due.getValue() == null ? null : clock.instantOf(due.getValue()), clock.now(),
                reason.getValue()), "monitoring.task.dueSet"));
        remind.setText(getTranslation("monitoring.task.remind"));
        remind.setId("task-remind");
        remind.addClickListener(e -> act(() -> actions.remind(admin, taskId, reason.getValue()),
                "monitoring.task.reminded"));
        Button close = new Button(getTranslation("monitoring.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout transfer = new HorizontalLayout(successor, reassign);
        transfer.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout deadline = new HorizontalLayout(due, setDue);
        deadline.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout body = new VerticalLayout(holder, reason, transfer, deadline, remind);
        if (task.unstaffed()) { // nobody to remind or hand it to: the remedy is in the directory
            remind.setVisible(false);
            Paragraph nobody = new Paragraph(getTranslation("monitoring.task.unstaffed.remedy"));
            nobody.setId("task-unstaffed");
            Button directory = new Button(getTranslation("monitoring.task.unstaffed.openDirectory"),
                    e -> getUI().ifPresent(ui -> { // closing detaches the dialog from its UI, so the UI first
                        close();
                        ui.navigate(DirectoryAdminView.class);
                    }));
            directory.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            directory.setId("task-open-directory");
            body.addComponentAtIndex(1, nobody);
            body.addComponentAtIndex(2, directory);
        }
        body.setPadding(false);
        UnsavedWork.guardThePage(body, () -> isOpened() && !reason.getValue().isBlank());
        add(body);
        getFooter().add(close);
        problems = new FieldProblems(this, Map.of("assignee", successor, "due", due, "reason", reason), reason);
    }

    private void act(Runnable action, String doneKey) {
        try {
            if (!problems.attempt(action)) {
                return;
            }
        } catch (NotFoundException e) {
            Notices.error(getTranslation("task.notAvailable"));
            close();
            afterAct.run();
            return;
        }
        Notices.success(getTranslation(doneKey));
        close();
        afterAct.run();
    }
}
