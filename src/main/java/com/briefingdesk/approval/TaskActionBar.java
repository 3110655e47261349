package com.briefingdesk.approval;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.task.TaskNotAvailableException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.di.Instantiator;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The approval actions on a task form, as far as they are the person's: 转办 and 委派 for its holder, the answer for
 * a colleague asked for an opinion, and 抄送 of the task's article or issue; below them what was transferred,
 * delegated and answered in this process. One line adds it to a form.
 */
public class TaskActionBar extends VerticalLayout {

    private final HolderActions actions;
    private final ReadingCopies copies;
    private final TaskService taskService;
    private final AppUser user;
    final Button transfer = new Button();
    final Button delegate = new Button();
    final Button answer = new Button();
    final Paragraph asked = new Paragraph();
    final HorizontalLayout buttons = new HorizontalLayout();
    private String taskId;

    public TaskActionBar(HolderActions actions, ReadingCopies copies, TaskService taskService,
                         CurrentUser currentUser) {
        this.actions = actions;
        this.copies = copies;
        this.taskService = taskService;
        this.user = currentUser.get();
        setId("task-action-bar");
        setPadding(false);
        transfer.setText(getTranslation("approval.transfer"));
        transfer.setIcon(VaadinIcon.EXCHANGE.create());
        transfer.setId("transfer");
        transfer.addClickListener(e -> openHandOn(HandOnDialog.Kind.TRANSFER));
        delegate.setText(getTranslation("approval.delegate"));
        delegate.setIcon(VaadinIcon.COMMENTS_O.create());
        delegate.setId("delegate");
        delegate.addClickListener(e -> openHandOn(HandOnDialog.Kind.DELEGATE));
        answer.setText(getTranslation("approval.answer"));
        answer.setId("answer");
        answer.addClickListener(e -> openAnswer());
        asked.setId("asked-for-opinion");
        asked.addClassName("task-action-note");
    }

    /** The bar for a task the form has already found open for the person. */
    public static TaskActionBar forTask(String taskId) {
        TaskActionBar bar = Instantiator.get(UI.getCurrent()).getOrCreate(TaskActionBar.class);
        bar.show(taskId);
        return bar;
    }

    void show(String id) {
        this.taskId = id;
        removeAll();
        buttons.removeAll();
        HolderActions.Offer offer;
        try {
            offer = actions.offer(user, id);
        } catch (TaskNotAvailableException e) {
            setVisible(false);
            return;
        }
        Task task = taskService.createTaskQuery().taskId(id).singleResult();
        if (offer.mayAnswer()) {
            asked.setText(getTranslation("approval.askedBy", offer.ownerName()));
            buttons.add(answer);
            add(asked);
        } else if (offer.ownerName() != null) {
            asked.setText(getTranslation("approval.standingIn", offer.ownerName()));
            add(asked);
        }
        if (offer.mayHandOn()) {
            buttons.add(transfer, delegate);
        }
        copies.subjectOfProcess(task.getProcessInstanceId()).filter(s -> copies.mayCopy(user, s))
                .map(CopyButton::forSubject).ifPresent(buttons::add);
        add(buttons, ApprovalActs.ofProcess(task.getProcessInstanceId()));
    }

    HandOnDialog openHandOn(HandOnDialog.Kind kind) {
        HandOnDialog dialog = new HandOnDialog(actions, user, taskId, kind);
        dialog.open();
        return dialog;
    }

    AnswerDialog openAnswer() {
        AnswerDialog dialog = new AnswerDialog(actions, user, taskId, OpinionField.create());
        dialog.open();
        return dialog;
    }
}
