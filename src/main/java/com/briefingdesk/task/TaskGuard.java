package com.briefingdesk.task;

import com.briefingdesk.identity.AppUser;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The one place that decides whether a person may act on a task: it must be open, carry the expected form, and be
 * assigned to the person or offered to one of their groups while unassigned.
 */
@Component
public class TaskGuard {

    private final TaskService taskService;

    public TaskGuard(TaskService taskService) {
        this.taskService = taskService;
    }

    public Task openTask(String taskId, String formKey, AppUser user) {
        Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null || !formKey.equals(task.getFormKey()) || !mayAct(task, user)) {
            throw new TaskNotAvailableException(taskId);
        }
        return task;
    }

    public boolean mayAct(Task task, AppUser user) {
        if (task.getAssignee() != null) {
            return task.getAssignee().equals(user.username());
        }
        return !user.candidateGroups().isEmpty() && taskService.createTaskQuery().taskId(task.getId())
                .taskCandidateGroupIn(user.candidateGroups()).count() == 1;
    }
}
