package com.briefingdesk.approval;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.kernel.TypedText;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.task.TaskGuard;
import com.briefingdesk.task.TaskNotAvailableException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the person holding a task may do besides deciding it: 转办 (give it to a colleague of the same role, for
 * good), 委派 (ask a colleague for an opinion; the task comes back with it, Camunda's delegate/resolve), and, as the
 * one asked, answer with an opinion. Each is recorded with its note in task_action.
 */
@Service
public class HolderActions {

    public static final int MAX_NOTE = 500;

    /**
     * What the person may do on the task now; {@code ownerName} names who asked, for a colleague asked for an
     * opinion, or whom the person stands in for (委托), else null.
     */
    public record Offer(boolean mayHandOn, boolean mayAnswer, String ownerName) { }

    private final TaskService taskService;
    private final TaskGuard guard;
    private final TaskColleagues colleagues;
    private final TaskActionLog actionLog;
    private final AwayDelegations away;
    private final UserDirectory directory;

    HolderActions(TaskService taskService, TaskGuard guard, TaskColleagues colleagues, TaskActionLog actionLog,
                  AwayDelegations away, UserDirectory directory) {
        this.taskService = taskService;
        this.guard = guard;
        this.colleagues = colleagues;
        this.actionLog = actionLog;
        this.away = away;
        this.directory = directory;
    }

    public Offer offer(AppUser user, String taskId) {
        Task task = task(taskId, user);
        boolean asked = task.getDelegationState() == DelegationState.PENDING;
        boolean forSomeone = task.getOwner() != null && !task.getOwner().equals(task.getAssignee());
        return new Offer(!asked, asked, forSomeone ? nameOf(task.getOwner()) : null);
    }

    /** The colleagues the task may be transferred or delegated to. */
    public List<AppUser> colleagues(AppUser user, String taskId) {
        Task task = task(taskId, user);
        return colleagues.of(task).stream().filter(u -> u.id() != user.id()).toList();
    }

    /** 转办: the colleague holds the task from now on. */
    @Transactional
    public void transfer(AppUser user, String taskId, String username, String note, Instant now) {
        Task task = handOnCheck(user, taskId, username, note, now);
        taskService.setAssignee(taskId, username);
        actionLog.add(task, TaskActionLog.Kind.TRANSFERRED,
                task.getAssignee() == null ? user.username() : task.getAssignee(), username, null, note.strip(),
                user.id());
    }

    /** 委派: the colleague gives an opinion and the task comes back; the person stays its owner. */
    @Transactional
    public void delegate(AppUser user, String taskId, String username, String note, Instant now) {
        Task task = handOnCheck(user, taskId, username, note, now);
        if (task.getAssignee() == null) {
            taskService.setAssignee(taskId, user.username()); // a group task is taken first, so it comes back here
        }
        taskService.delegateTask(taskId, username);
        actionLog.add(task, TaskActionLog.Kind.DELEGATED, user.username(), username, null, note.strip(), user.id());
    }

    /** The answer of the person asked: their opinion is recorded and the task goes back to its owner. */
    @Transactional
    public void answer(AppUser user, String taskId, String opinion) {
        Task task = task(taskId, user);
        if (task.getDelegationState() != DelegationState.PENDING) {
            throw new TaskNotAvailableException(taskId);
        }
        requireText(opinion, "opinion");
        // Camunda gives a resolved task back to its owner; a deputy who asked keeps it, the owner being away
        String asker = actionLog.latest(taskId, TaskActionLog.Kind.DELEGATED).map(TaskActionLog.Entry::fromAssignee)
                .orElse(task.getOwner());
        actionLog.add(task, TaskActionLog.Kind.RESOLVED, user.username(), asker, null, opinion.strip(), user.id());
        taskService.resolveTask(taskId);
        if (!asker.equals(task.getOwner())) {
            taskService.setAssignee(taskId, asker);
        }
    }

    private Task handOnCheck(AppUser user, String taskId, String username, String note, Instant now) {
        Task task = task(taskId, user);
        if (task.getDelegationState() == DelegationState.PENDING) {
            throw new TaskNotAvailableException(taskId); // the one asked answers; they do not pass it on
        }
        if (username == null || username.isBlank()) {
            throw new ValidationException(Map.of("colleague", "approval.colleague.required"));
        }
        if (colleagues(user, taskId).stream().noneMatch(u -> u.username().equals(username))) {
            throw new ValidationException(Map.of("colleague", "approval.colleague.notEligible"));
        }
        if (away.activeFor(username, now).isPresent()) {
            throw new ValidationException(Map.of("colleague", "approval.colleague.away"));
        }
        requireText(note, "note");
        return task;
    }

    private Task task(String taskId, AppUser user) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || !guard.mayAct(task, user)) {
            throw new TaskNotAvailableException(taskId);
        }
        return task;
    }

    private String nameOf(String username) {
        return username == null ? "" : directory.findByUsername(username).map(AppUser::displayName).orElse(username);
    }

    private static void requireText(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(Map.of(field, "approval." + field + ".required"));
        }
        if (text.strip().length() > MAX_NOTE) {
            throw new ValidationException(Map.of(field, "approval." + field + ".tooLong"));
        }
        TypedText.requireStorable(field, text);
    }
}
