package com.briefingdesk.task;

import com.briefingdesk.audit.AuditAction;
import com.briefingdesk.audit.AuditTrail;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.BundleI18NProvider;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Completes a task as a person, in the caller's transaction. If someone else completed it first, or the process
 * moved on, the person gets {@link TaskNotAvailableException} and the caller's writes roll back with it.
 * Every decision on a task passes here, so here it goes into the audit trail, with the decision taken.
 *
 * <p>A decision runs as one engine command ({@link #decide}): the guard's check, the feature's own writes and the
 * completion read the task, its identity links, execution and definition once, and the engine writes everything in
 * one flush. The check and the completion then also see the same task: a claim that lands between them fails the
 * flush instead of being overridden. As separate commands each would read them again and flush on its own.
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

    /**
     * Runs a person's decision on a task as one engine command, in the caller's transaction. The decision checks the
     * task through {@link TaskGuard}, writes the feature's own rows and ends with {@link #complete}; those calls join
     * this command. Its refusals reach the caller as thrown.
     */
    public void decide(String taskId, Runnable decision) {
        try {
            commands.execute(context -> {
                try {
                    decision.run();
                } catch (ProcessEngineException | NullPointerException e) {
                    throw e; // the engine's, answered below
                } catch (RuntimeException e) {
                    throw new Refusal(e);
                }
                return null;
            });
        } catch (Refusal refusal) {
            throw refusal.refusal;
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
    }

    /** Completes the task as the person; within {@link #decide} it joins the decision's command. */
    public void complete(String taskId, AppUser user, Map<String, Object> variables) {
        decide(taskId, () -> {
            TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(taskId);
            if (task == null || task.getExecutionId() != null && task.getExecution() == null
                    || task.getDelegationState() == DelegationState.PENDING) {
                // Gone, or 委派: the person asked for an opinion answers it; deciding stays with the task's owner.
                throw new TaskNotAvailableException(taskId);
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
            taskService.complete(taskId, forTheGateway(task, variables));
            if (businessKey != null) {
                audit.record(user, AuditAction.TASK_COMPLETED, processKey, businessKey,
                        name + (variables.isEmpty() ? "" : " " + new TreeMap<>(variables)));
            }
        });
    }

    /**
     * A decision steers the gateway right after its task and is kept in the feature's own rows (the article's
     * events, the opinions) and in the audit trail. Stored as a process variable as well, it would cost an
     * insert into the runtime and the history tables on every completion and a delete at the process's end, for a
     * value nothing reads again; so the engine gets it as a transient variable, seen by the gateway and not stored.
     * Where a variable of that name is stored already (a completion through Cockpit or REST, a countersign's
     * outcome, a process started before decisions were transient), it is updated as stored: the engine refuses a
     * transient value over a stored one. The task's variables are read for that as the completion reads them anyway.
     */
    private static VariableMap forTheGateway(TaskEntity task, Map<String, Object> variables) {
        VariableMap values = Variables.createVariables();
        variables.forEach((name, value) ->
                values.putValueTyped(name, Variables.untypedValue(value, !task.hasVariable(name))));
        return values;
    }

    /**
     * Carries a refusal of ours (a field's message, a task gone) out of the engine's command. The engine logs what a
     * command throws as an error unless it is a bad request; a refusal is the person's, not the system's, so it
     * leaves the command as one and is unwrapped outside.
     */
    private static final class Refusal extends BadUserRequestException {

        private final RuntimeException refusal;

        Refusal(RuntimeException refusal) {
            super(refusal.getMessage(), refusal);
            this.refusal = refusal;
        }
    }
}
