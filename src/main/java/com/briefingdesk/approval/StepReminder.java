package com.briefingdesk.approval;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.TypedText;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.task.TaskNotAvailableException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * 催办: whoever holds a step is reminded by mail, and the reminder is recorded with the step's other acts. The
 * callers decide who may remind: an administrator any step ({@link #remind}), an editor the steps of the issues and
 * articles they follow ({@link #urge}).
 */
@Service
public class StepReminder {

    /** The longest note a reminder carries. */
    public static final int NOTE_MAX = 500;
    private static final Logger log = LoggerFactory.getLogger(StepReminder.class);

    private final TaskService taskService;
    private final TaskColleagues colleagues;
    private final TaskActionLog actionLog;
    private final TaskReminderMail mail;

    StepReminder(TaskService taskService, TaskColleagues colleagues, TaskActionLog actionLog, TaskReminderMail mail) {
        this.taskService = taskService;
        this.colleagues = colleagues;
        this.actionLog = actionLog;
        this.mail = mail;
    }

    /**
     * 催办 of an open step of the process by someone who follows it, with a note: refused for a task of another
     * process (as not found), for a step done meanwhile (gone), for the person's own step (held by them, or offered
     * to one of their groups: theirs to take) and for a missing or unstorable note, at the note.
     */
    public void urge(AppUser by, String processInstanceId, String taskId, String note) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new TaskNotAvailableException(taskId);
        }
        if (!task.getProcessInstanceId().equals(processInstanceId)) {
            throw new NotFoundException("task " + taskId + " of process " + processInstanceId);
        }
        Map<String, String> problems = new HashMap<>();
        if (theirs(by, task)) {
            problems.put("note", "approval.remind.own");
        } else if (note == null || note.isBlank()) {
            problems.put("note", "approval.remind.noteRequired");
        } else {
            TypedText.check(problems, "note", note.strip(), NOTE_MAX);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        remind(by, task, note.strip(), TaskActionLog.Kind.URGED);
    }

    /**
     * Refused for a step nobody active could take: a reminder would reach nobody, and the record would say
     * somebody had been reminded.
     */
    public void remind(AppUser by, Task task, String note, TaskActionLog.Kind kind) {
        List<String> groups = colleagues.groups(task.getId());
        if (task.getAssignee() == null && colleagues.of(task).isEmpty()) {
            throw new ValidationException(Map.of("assignee", "monitoring.task.nobodyToRemind"));
        }
        String holder = task.getAssignee() != null ? task.getAssignee() : String.join(",", groups);
        log.info("Reminder from {} to {} about task '{}' ({}): {}", by.username(), holder, task.getName(),
                task.getId(), note);
        mail.remind(task, groups, by, note);
        actionLog.add(task, kind, task.getAssignee(), null, null, note, by.id());
    }

    private boolean theirs(AppUser person, Task task) {
        if (task.getAssignee() != null) {
            return person.username().equals(task.getAssignee());
        }
        return colleagues.groups(task.getId()).stream().anyMatch(person.candidateGroups()::contains);
    }
}
