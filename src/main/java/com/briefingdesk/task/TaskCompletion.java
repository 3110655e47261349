package com.briefingdesk.task;

import com.briefingdesk.audit.AuditAction;
import com.briefingdesk.audit.AuditTrail;
import com.briefingdesk.identity.AppUser;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Completes a task as a person, in the caller's transaction. If someone else completed it first, or the process
 * moved on, the person gets {@link TaskNotAvailableException} and the caller's writes roll back with it.
 * Every decision on a task passes here, so here it goes into the audit trail, with the decision taken.
 */
@Component
public class TaskCompletion {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final AuditTrail audit;

    public TaskCompletion(TaskService taskService, RuntimeService runtimeService, AuditTrail audit) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.audit = audit;
    }

    public void complete(String taskId, AppUser user, Map<String, Object> variables) {
        if (taskService.createTaskQuery().taskId(taskId).taskDelegationState(DelegationState.PENDING).count() > 0) {
            // 委派: the person asked for an opinion answers it; deciding stays with the task's owner
            throw new TaskNotAvailableException(taskId);
        }
        try {
            Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
            ProcessInstance process = task == null ? null : runtimeService.createProcessInstanceQuery()
                    .processInstanceId(task.getProcessInstanceId()).singleResult();
            taskService.setAssignee(taskId, user.username());
            taskService.complete(taskId, variables);
            if (process != null) {
                recordDecision(task, process, user, variables);
            }
        } catch (OptimisticLockingException e) {
            throw new TaskNotAvailableException(taskId);
        } catch (ProcessEngineException e) {
            if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
                throw new TaskNotAvailableException(taskId);
            }
            throw e;
        }
    }

    /** The object is the process's business key (an article's or issue's id) under the process's key. */
    private void recordDecision(Task task, ProcessInstance process, AppUser user, Map<String, Object> variables) {
        String processKey = task.getProcessDefinitionId().split(":")[0];
        audit.record(user, AuditAction.TASK_COMPLETED, processKey, process.getBusinessKey(),
                task.getName() + (variables.isEmpty() ? "" : " " + new TreeMap<>(variables)));
    }
}
