package com.briefingdesk.task;

import com.briefingdesk.audit.AuditAction;
import com.briefingdesk.audit.AuditTrail;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.BundleI18NProvider;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.DelegationState;
import org.springframework.stereotype.Component;

/**
 * Completes a task as a person, in the caller's transaction. If someone else completed it first, or the process
 * moved on, the person gets {@link TaskNotAvailableException} and the caller's writes roll back with it.
 * Every decision on a task passes here, so here it goes into the audit trail, with the decision taken.
 *
 * <p>The lookup, the assignment to the person and the completion run as one engine command: the engine reads the
 * task, its execution and its definition once, and writes everything in one flush. As separate service calls each
 * would read them again and flush on its own, about a third more statements per decision.
 */
@Component
public class TaskCompletion {

    private final TaskService taskService;
    private final CommandExecutor commands;
    private final AuditTrail audit;
    private final ActivityNames activityNames;

    public TaskCompletion(TaskService taskService, ProcessEngineConfigurationImpl engine, AuditTrail audit,
                          ActivityNames activityNames) {
        this.taskService = taskService;
        this.commands = engine.getCommandExecutorTxRequired();
        this.audit = audit;
        this.activityNames = activityNames;
    }

    public void complete(String taskId, AppUser user, Map<String, Object> variables) {
        boolean completed;
        try {
            completed = commands.execute(context -> {
                TaskEntity task = context.getTaskManager().findTaskById(taskId);
                if (task == null || task.getExecutionId() != null && task.getExecution() == null
                        || task.getDelegationState() == DelegationState.PENDING) {
                    // Gone, or 委派: the person asked for an opinion answers it; deciding stays with the task's owner.
                    // Told outside the command, so that the engine does not mark the caller's transaction.
                    return false;
                }
                String processKey = task.getProcessDefinitionId() == null ? null
                        : task.getProcessDefinitionId().split(":")[0];
                String businessKey = task.getProcessInstanceId() == null ? null
                        : task.getProcessInstance().getBusinessKey();
                // The trail is the office's record, kept in its language, as the mails are written.
                String name = activityNames.name(BundleI18NProvider.CHINESE, processKey,
                        task.getTaskDefinitionKey(), task.getName());
                // Nested service calls join this command: one read of the task, one flush.
                taskService.setAssignee(taskId, user.username());
                taskService.complete(taskId, variables);
                if (businessKey != null) {
                    audit.record(user, AuditAction.TASK_COMPLETED, processKey, businessKey,
                            name + (variables.isEmpty() ? "" : " " + new TreeMap<>(variables)));
                }
                return true;
            });
        } catch (OptimisticLockingException e) {
            throw new TaskNotAvailableException(taskId);
        } catch (ProcessEngineException | NullPointerException e) {
            // Another person's completion committed while this one ran: the engine finds the task's execution gone
            // under its feet. Whatever the engine reports then, the person is told the task is no longer theirs.
            if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
                throw new TaskNotAvailableException(taskId);
            }
            throw e;
        }
        if (!completed) {
            throw new TaskNotAvailableException(taskId);
        }
    }
}
