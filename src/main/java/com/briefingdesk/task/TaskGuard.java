package com.briefingdesk.task;

import com.briefingdesk.identity.AppUser;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The one place that decides whether a person may act on a task: it must be open, carry the expected form, and be
 * assigned to the person or offered to one of their groups while unassigned.
 *
 * <p>Every decision passes here first, so the check is one engine command that reads the task by its key, its form
 * key from the cached process definition and, for an unassigned task, its identity links: plain look-ups, where a
 * {@code TaskQuery} would build its dynamic SQL (hundreds of OGNL conditions) twice (BENCHMARKS.md).
 */
@Component
public class TaskGuard {

    private final CommandExecutor commands;

    public TaskGuard(ProcessEngineConfigurationImpl engine) {
        this.commands = engine.getCommandExecutorTxRequired();
    }

    public Task openTask(String taskId, String formKey, AppUser user) {
        Task task = commands.execute(context -> {
            TaskEntity found = context.getTaskManager().findTaskById(taskId);
            if (found == null) {
                return null;
            }
            found.initializeFormKey();
            return formKey.equals(found.getFormKey()) && mayAct(found, user) ? found : null;
        });
        if (task == null) {
            throw new TaskNotAvailableException(taskId);
        }
        return task;
    }

    /**
     * For a task already read: its assignee as read, its offer to the person's groups as it stands now. Within
     * {@link #openTask}'s command the task comes from that command's cache, its identity links read once.
     */
    public boolean mayAct(Task task, AppUser user) {
        if (task.getAssignee() != null) {
            return task.getAssignee().equals(user.username());
        }
        return commands.execute(context -> {
            TaskEntity current = context.getTaskManager().findTaskById(task.getId());
            return current != null && offeredToGroupsOf(current, user);
        });
    }

    /** 待认领: offered as a candidate to one of the person's groups, by the task's own identity links. */
    private static boolean offeredToGroupsOf(TaskEntity task, AppUser user) {
        for (IdentityLinkEntity link : task.getIdentityLinks()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
                    && user.candidateGroups().contains(link.getGroupId())) {
                return true;
            }
        }
        return false;
    }
}
