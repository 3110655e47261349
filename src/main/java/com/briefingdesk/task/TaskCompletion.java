package com.briefingdesk.task;

import com.briefingdesk.identity.AppUser;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.springframework.stereotype.Component;

/**
 * Completes a task as a person, in the caller's transaction. If someone else completed it first, or the process
 * moved on, the person gets {@link TaskNotAvailableException} and the caller's writes roll back with it.
 */
@Component
public class TaskCompletion {

    private final TaskService taskService;

    public TaskCompletion(TaskService taskService) {
        this.taskService = taskService;
    }

    public void complete(String taskId, AppUser user, Map<String, Object> variables) {
        if (taskService.createTaskQuery().taskId(taskId).taskDelegationState(DelegationState.PENDING).count() > 0) {
            // 委派: the person asked for an opinion answers it; deciding stays with the task's owner
            throw new TaskNotAvailableException(taskId);
        }
        try {
            taskService.setAssignee(taskId, user.username());
            taskService.complete(taskId, variables);
        } catch (OptimisticLockingException e) {
            throw new TaskNotAvailableException(taskId);
        } catch (ProcessEngineException e) {
            if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
                throw new TaskNotAvailableException(taskId);
            }
            throw e;
        }
    }
}
