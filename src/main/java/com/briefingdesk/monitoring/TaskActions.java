package com.briefingdesk.monitoring;

import com.briefingdesk.approval.StepReminder;
import com.briefingdesk.approval.TaskActionLog;
import com.briefingdesk.approval.TaskColleagues;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.TypedText;
import com.briefingdesk.kernel.ValidationException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to open tasks: transfer (转办) to another person who holds the task's role, set its due
 * date, remind its holder now (催办). Each act needs a reason and is recorded with who did it.
 */
@Service
class TaskActions {

    static final int MAX_REASON = 500;

    private final TaskService taskService;
    private final TaskColleagues colleagues;
    private final TaskActionLog actionLog;
    private final StepReminder stepReminder;

    TaskActions(TaskService taskService, TaskColleagues colleagues, TaskActionLog actionLog,
                StepReminder stepReminder) {
        this.taskService = taskService;
        this.colleagues = colleagues;
        this.actionLog = actionLog;
        this.stepReminder = stepReminder;
    }

    /** Who may take the task over: see {@link TaskColleagues}. */
    List<AppUser> successors(AppUser admin, String taskId) {
        AdminOnly.require(admin, "task " + taskId);
        return colleagues.of(task(taskId));
    }

    @Transactional
    void reassign(AppUser admin, String taskId, String username, String reason) {
        transfer(admin, taskId, username, reason, TaskActionLog.Kind.REASSIGNED);
    }

    @Transactional
    void setDue(AppUser admin, String taskId, Instant due, Instant now, String reason) {
        AdminOnly.require(admin, "task " + taskId);
        requireReason(reason);
        if (due == null) {
            throw new ValidationException(Map.of("due", "monitoring.due.required"));
        }
        if (due.isBefore(now)) {
            throw new ValidationException(Map.of("due", "monitoring.due.past"));
        }
        Task task = task(taskId);
        task.setDueDate(Date.from(due));
        taskService.saveTask(task);
        actionLog.add(task, TaskActionLog.Kind.DUE_DATE_SET, task.getAssignee(), null, due, reason.strip(), admin.id());
    }

    /** 催办 of any step, with the reason the record keeps ({@link StepReminder}). */
    @Transactional
    void remind(AppUser admin, String taskId, String reason) {
        AdminOnly.require(admin, "task " + taskId);
        requireReason(reason);
        stepReminder.remind(admin, task(taskId), reason.strip(), TaskActionLog.Kind.REMINDED);
    }

    /** At deactivation: the task goes to a successor. */
    @Transactional
    void handOver(AppUser admin, String taskId, String username, String reason) {
        transfer(admin, taskId, username, reason, TaskActionLog.Kind.HANDED_OVER);
    }

    /** At deactivation: a group task goes back to its groups, where every member sees it. */
    @Transactional
    void returnToGroup(AppUser admin, String taskId, String reason) {
        AdminOnly.require(admin, "task " + taskId);
        requireReason(reason);
        Task task = task(taskId);
        if (groups(task).isEmpty()) {
            throw new ValidationException(Map.of("assignee", "monitoring.assignee.required"));
        }
        taskService.setAssignee(taskId, null);
        actionLog.add(task, TaskActionLog.Kind.RETURNED_TO_GROUP, task.getAssignee(), null, null, reason.strip(),
                admin.id());
    }

    boolean isGroupTask(String taskId) {
        return !groups(task(taskId)).isEmpty();
    }

    private void transfer(AppUser admin, String taskId, String username, String reason, TaskActionLog.Kind kind) {
        AdminOnly.require(admin, "task " + taskId);
        requireReason(reason);
        Task task = task(taskId);
        if (username == null || username.isBlank()) {
            throw new ValidationException(Map.of("assignee", "monitoring.assignee.required"));
        }
        if (colleagues.of(task).stream().noneMatch(u -> u.username().equals(username))) {
            throw new ValidationException(Map.of("assignee", "monitoring.assignee.notEligible"));
        }
        taskService.setAssignee(taskId, username);
        actionLog.add(task, kind, task.getAssignee(), username, null, reason.strip(), admin.id());
    }

    private List<String> groups(Task task) {
        return colleagues.groups(task.getId());
    }

    private Task task(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new NotFoundException("task " + taskId);
        }
        return task;
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException(Map.of("reason", "monitoring.reason.required"));
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new ValidationException(Map.of("reason", "monitoring.reason.tooLong"));
        }
        TypedText.requireStorable("reason", reason);
    }
}
