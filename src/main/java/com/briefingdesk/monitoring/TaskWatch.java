package com.briefingdesk.monitoring;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.task.TaskSubject;
import com.briefingdesk.task.TaskSubjects;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Open human tasks that need an administrator's eye: those whose due date has passed, and those waiting longer than
 * {@code briefing.monitoring.task-age} (the models set no due dates of their own; administrators may set one).
 */
@Service
class TaskWatch {

    private static final int FEW_TASKS = 20;

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final UserDirectory directory;
    private final List<TaskSubjects> subjects;
    private final Duration taskAge;

    TaskWatch(TaskService taskService, RuntimeService runtimeService, RepositoryService repositoryService,
              UserDirectory directory, List<TaskSubjects> subjects,
              @Value("${briefing.monitoring.task-age:P3D}") Duration taskAge) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.directory = directory;
        this.subjects = subjects;
        this.taskAge = taskAge;
    }

    Duration taskAge() {
        return taskAge;
    }

    /** Overdue tasks first (earliest due first), then the old ones (oldest first). */
    List<WatchedTask> needingAttention(AppUser admin, Instant now) {
        AdminOnly.require(admin, "tasks");
        Map<String, Task> found = new LinkedHashMap<>();
        taskService.createTaskQuery().dueBefore(Date.from(now)).orderByDueDate().asc().list()
                .forEach(t -> found.put(t.getId(), t));
        taskService.createTaskQuery().taskCreatedBefore(Date.from(now.minus(taskAge))).orderByTaskCreateTime().asc()
                .list().forEach(t -> found.putIfAbsent(t.getId(), t));
        return describe(new ArrayList<>(found.values()), now);
    }

    /** How many tasks needing attention each holder has, most first. */
    static Map<String, Long> byHolder(List<WatchedTask> tasks) {
        Map<String, Long> counts = tasks.stream()
                .collect(Collectors.groupingBy(WatchedTask::holder, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** The open tasks of one process instance, for the detail view. */
    List<WatchedTask> ofProcess(AppUser admin, String processInstanceId, Instant now) {
        AdminOnly.require(admin, "tasks");
        return describe(taskService.createTaskQuery().processInstanceId(processInstanceId)
                .orderByTaskCreateTime().asc().list(), now);
    }

    /** Every open task held by this person. */
    List<WatchedTask> assignedTo(AppUser admin, String username, Instant now) {
        AdminOnly.require(admin, "tasks");
        return describe(taskService.createTaskQuery().taskAssignee(username).list(), now);
    }

    Optional<WatchedTask> find(AppUser admin, String taskId, Instant now) {
        AdminOnly.require(admin, "tasks");
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        return task == null ? Optional.empty() : Optional.of(describe(List.of(task), now).get(0));
    }

    /**
     * The candidate groups of each task. For a few tasks, their identity links; for many, one query per group of
     * the roles, rather than one per task (the dashboard may list a thousand).
     */
    private Map<String, List<String>> candidateGroups(List<Task> tasks) {
        Map<String, List<String>> groups = new HashMap<>();
        if (tasks.size() <= FEW_TASKS) {
            for (Task task : tasks) {
                groups.put(task.getId(), taskService.getIdentityLinksForTask(task.getId()).stream()
                        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                        .map(IdentityLink::getGroupId).sorted().toList());
            }
            return groups;
        }
        Set<String> wanted = tasks.stream().map(Task::getId).collect(Collectors.toSet());
        Arrays.stream(Role.values()).map(Role::candidateGroup).filter(Objects::nonNull).sorted().forEach(group ->
                taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().list().stream()
                        .map(Task::getId).filter(wanted::contains)
                        .forEach(id -> groups.computeIfAbsent(id, k -> new ArrayList<>()).add(group)));
        return groups;
    }

    /**
     * The tasks' subjects by process key and business key: one question per process and feature, as the inbox asks,
     * not one per task (the dashboard may list a thousand). The first feature that knows a subject names it; the
     * next ones are asked only for what is still unnamed.
     */
    private Map<String, Map<String, TaskSubject>> subjectsOf(List<Task> tasks, Map<String, String> keys,
                                                              Map<String, String> businessKeys) {
        Map<String, Set<String>> businessKeysByProcess = new HashMap<>();
        for (Task task : tasks) {
            businessKeysByProcess.computeIfAbsent(keys.getOrDefault(task.getProcessDefinitionId(), ""),
                    k -> new HashSet<>()).add(businessKeys.getOrDefault(task.getProcessInstanceId(), ""));
        }
        Map<String, Map<String, TaskSubject>> found = new HashMap<>();
        businessKeysByProcess.forEach((key, processBusinessKeys) -> {
            Map<String, TaskSubject> byBusinessKey = new HashMap<>();
            Set<String> unnamed = new HashSet<>(processBusinessKeys);
            for (TaskSubjects feature : subjects) {
                if (unnamed.isEmpty()) {
                    break; // the other features are not asked: they would look each key up one by one
                }
                feature.subjectsOf(key, unnamed).forEach(byBusinessKey::putIfAbsent);
                unnamed.removeAll(byBusinessKey.keySet());
            }
            found.put(key, byBusinessKey);
        });
        return found;
    }

    private List<WatchedTask> describe(List<Task> tasks, Instant now) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> businessKeys = new HashMap<>();
        for (ProcessInstance pi : runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds).list()) {
            businessKeys.put(pi.getId(), pi.getBusinessKey() == null ? "" : pi.getBusinessKey());
        }
        Map<String, String> keys = repositoryService.createProcessDefinitionQuery()
                .processDefinitionIdIn(tasks.stream().map(Task::getProcessDefinitionId).distinct()
                        .toArray(String[]::new))
                .list().stream().collect(Collectors.toMap(ProcessDefinition::getId, ProcessDefinition::getKey));
        Map<String, List<String>> groupsOf = candidateGroups(tasks);
        Map<String, Map<String, TaskSubject>> subjectsByProcess = subjectsOf(tasks, keys, businessKeys);
        Map<String, String> names = new HashMap<>();
        List<WatchedTask> result = new ArrayList<>(tasks.size());
        for (Task task : tasks) {
            String key = keys.getOrDefault(task.getProcessDefinitionId(), "");
            String businessKey = businessKeys.getOrDefault(task.getProcessInstanceId(), "");
            TaskSubject subject = subjectsByProcess.getOrDefault(key, Map.of())
                    .getOrDefault(businessKey, TaskSubject.UNKNOWN);
            List<String> groups = groupsOf.getOrDefault(task.getId(), List.of());
            String assignee = task.getAssignee();
            String assigneeName = assignee == null ? null : names.computeIfAbsent(assignee,
                    u -> directory.findByUsername(u).map(AppUser::displayName).orElse(u));
            Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            result.add(new WatchedTask(task.getId(), task.getName(), task.getTaskDefinitionKey(),
                    task.getProcessInstanceId(), key, businessKey, subject.title(), subject.unitName(), assignee,
                    assigneeName, groups, task.getCreateTime().toInstant(), due, due != null && due.isBefore(now)));
        }
        result.sort(Comparator.comparing((WatchedTask t) -> !t.overdue())
                .thenComparing(t -> t.overdue() ? t.due() : t.created()));
        return result;
    }
}
