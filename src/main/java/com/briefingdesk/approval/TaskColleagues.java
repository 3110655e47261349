package com.briefingdesk.approval;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.UserDirectory;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Who holds a task's role, and so may take it over (转办) or be asked for an opinion on it (委派): for a task offered
 * to groups, every active person in one of them; for a personal task (a unit's revision), the active people of the
 * holder's unit who share a role with the holder. Used by administrators and by every holder alike.
 */
@Component
public class TaskColleagues {

    private final TaskService taskService;
    private final UserDirectory directory;

    TaskColleagues(TaskService taskService, UserDirectory directory) {
        this.taskService = taskService;
        this.directory = directory;
    }

    /** Everyone who could hold the task besides its present assignee. */
    public List<AppUser> of(Task task) {
        List<String> groups = groups(task.getId());
        List<AppUser> active = directory.findAll().stream().filter(AppUser::active)
                .filter(u -> !u.username().equals(task.getAssignee())).toList();
        if (!groups.isEmpty()) {
            return active.stream().filter(u -> u.candidateGroups().stream().anyMatch(groups::contains)).toList();
        }
        String holder = task.getOwner() != null ? task.getOwner() : task.getAssignee();
        Optional<AppUser> person = Optional.ofNullable(holder).flatMap(directory::findByUsername);
        return person.map(h -> active.stream().filter(u -> u.unitId() == h.unitId())
                .filter(u -> u.roles().stream().anyMatch(h.roles()::contains)).toList()).orElse(List.of());
    }

    /** The candidate groups of a task, sorted; empty for a personal task. */
    public List<String> groups(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).sorted().toList();
    }
}
