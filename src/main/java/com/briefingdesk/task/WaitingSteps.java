package com.briefingdesk.task;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CandidateGroup;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.UserDirectory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Where processes wait now: for each, its open tasks with who holds them. What an editor chasing an issue's
 * sign-off asks first: with whom is it, and since when.
 */
@Component
public class WaitingSteps {

    private final TaskService taskService;
    private final UserDirectory directory;

    public WaitingSteps(TaskService taskService, UserDirectory directory) {
        this.taskService = taskService;
        this.directory = directory;
    }

    /**
     * The open tasks of these processes by process instance, oldest first; a process without one is left out. One
     * query for the tasks, and one for the groups of each task nobody has claimed.
     */
    public Map<String, List<WaitingStep>> of(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        List<Task> tasks = taskService.createTaskQuery().processInstanceIdIn(processInstanceIds.toArray(String[]::new))
                .initializeFormKeys().orderByTaskCreateTime().asc().list();
        Map<String, String> names = new HashMap<>();
        Map<String, List<WaitingStep>> waiting = new HashMap<>();
        for (Task task : tasks) {
            String holder = task.getAssignee() == null ? null : names.computeIfAbsent(task.getAssignee(),
                    username -> directory.findByUsername(username).map(AppUser::displayName).orElse(username));
            List<Role> offeredTo = holder != null ? List.of() : offeredTo(task.getId());
            waiting.computeIfAbsent(task.getProcessInstanceId(), id -> new ArrayList<>()).add(new WaitingStep(
                    task.getId(), task.getName(), task.getFormKey(), task.getAssignee(), holder, offeredTo,
                    task.getCreateTime().toInstant()));
        }
        return waiting;
    }

    private List<Role> offeredTo(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).map(CandidateGroup::of).flatMap(Optional::stream)
                .map(CandidateGroup::role).distinct().sorted().toList();
    }
}
