package com.briefingdesk.issue;

import com.briefingdesk.approval.StepReminder;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.task.TaskNotAvailableException;
import com.briefingdesk.task.WaitingStep;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办 of an issue's step by an editor of the office, who follows the issue from composition to sign-off and is the
 * one asked on Friday afternoon why it is not out yet.
 */
@Service
public class IssueReminders {

    private final IssueService issues;
    private final StepReminder reminder;

    IssueReminders(IssueService issues, StepReminder reminder) {
        this.issues = issues;
        this.reminder = reminder;
    }

    /** An editor may remind whoever holds a step of an issue being composed or approved, unless the step is theirs. */
    public boolean mayRemind(AppUser user, Issue issue, WaitingStep step) {
        return user.has(Role.EDITOR) && issue.status().inHand() && !step.isFor(user);
    }

    /**
     * Mails the step's holder (or everyone it is offered to) with the editor's note, and records it with the
     * issue's acts ({@link StepReminder#urge}). Once signed off, nobody is left to remind.
     */
    @Transactional
    public void remind(AppUser editor, long issueId, String taskId, String note) {
        Issue issue = issues.find(editor, issueId);
        if (!editor.has(Role.EDITOR)) {
            throw new NotFoundException("task " + taskId);
        }
        if (!issue.status().inHand()) {
            throw new TaskNotAvailableException(taskId);
        }
        reminder.urge(editor, issue.processInstanceId(), taskId, note);
    }
}
