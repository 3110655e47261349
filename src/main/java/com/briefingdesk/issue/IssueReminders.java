package com.briefingdesk.issue;

import com.briefingdesk.approval.StepReminder;
import com.briefingdesk.approval.TaskActionLog;
import com.briefingdesk.approval.TaskColleagues;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.TypedText;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.task.TaskNotAvailableException;
import com.briefingdesk.task.WaitingStep;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办 of an issue's step by an editor of the office, who follows the issue from composition to sign-off and is the
 * one asked on Friday afternoon why it is not out yet.
 */
@Service
public class IssueReminders {

    public static final int NOTE_MAX = 500;

    private final IssueService issues;
    private final TaskService taskService;
    private final StepReminder reminder;
    private final TaskColleagues colleagues;

    IssueReminders(IssueService issues, TaskService taskService, StepReminder reminder, TaskColleagues colleagues) {
        this.issues = issues;
        this.taskService = taskService;
        this.reminder = reminder;
        this.colleagues = colleagues;
    }

    /**
     * An editor may remind whoever holds a step of an issue being composed or approved, unless the step is theirs:
     * held by them, or offered to a role they hold, which they could take themselves.
     */
    public boolean mayRemind(AppUser user, Issue issue, WaitingStep step) {
        boolean theirs = step.holderUsername() != null ? user.username().equals(step.holderUsername())
                : step.offeredTo().stream().anyMatch(user::has);
        return user.has(Role.EDITOR) && issue.status().inHand() && !theirs;
    }

    /**
     * Mails the step's holder (or everyone it is offered to) with the editor's note, and records it with the
     * issue's acts. A step done meanwhile is gone: there is nobody left to remind.
     */
    @Transactional
    public void remind(AppUser editor, long issueId, String taskId, String note) {
        Issue issue = issues.find(editor, issueId);
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task != null && !task.getProcessInstanceId().equals(issue.processInstanceId())) {
            throw new NotFoundException("task " + taskId + " of issue " + issueId);
        }
        if (!editor.has(Role.EDITOR)) {
            throw new NotFoundException("task " + taskId);
        }
        if (task == null || !issue.status().inHand()) {
            throw new TaskNotAvailableException(taskId);
        }
        if (theirs(editor, task)) {
            throw new ValidationException(Map.of("note", "issue.remind.own"));
        }
        Map<String, String> problems = new HashMap<>();
        if (note == null || note.isBlank()) {
            problems.put("note", "issue.remind.noteRequired");
        } else {
            TypedText.check(problems, "note", note.strip(), NOTE_MAX);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        reminder.remind(editor, task, note.strip(), TaskActionLog.Kind.URGED);
    }

    private boolean theirs(AppUser editor, Task task) {
        if (task.getAssignee() != null) {
            return editor.username().equals(task.getAssignee());
        }
        return colleagues.groups(task.getId()).stream().anyMatch(editor.candidateGroups()::contains);
    }
}
