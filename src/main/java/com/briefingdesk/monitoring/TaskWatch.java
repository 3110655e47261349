package com.briefingdesk.monitoring;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CandidateGroup;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.task.TaskSubject;
import com.briefingdesk.task.TaskSubjectLookup;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Open human tasks that need an administrator's eye: those waiting for a group with nobody active in it, those whose
 * due date has passed, and those waiting longer than {@code briefing.monitoring.task-age} (the models set no due
 * dates of their own; administrators may set one).
 */
@Service
class TaskWatch {

    private static final int FEW_TASKS = 20;

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final UserDirectory directory;
    private final TaskSubjectLookup subjectLookup;
    private final Duration taskAge;

    TaskWatch(TaskService taskService, RuntimeService runtimeService, UserDirectory directory,
              TaskSubjectLookup subjectLookup,
              @Value("${briefing.monitoring.task-age:P3D}") Duration taskAge) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.directory = directory;
        this.subjectLookup = subjectLookup;
        this.taskAge = taskAge;
    }

    Duration taskAge() {
        return taskAge;
    }

    /**
     * Tasks nobody can take first (a unit without its recipient, say), then the overdue ones (earliest due first),
     * then the old ones (oldest first).
     */
    List<WatchedTask> needingAttention(AppUser admin, Instant now) {
        AdminOnly.require(admin, "tasks");
        Map<String, Task> found = new LinkedHashMap<>();
        Set<String> unstaffed = unstaffedGroups();
        if (!unstaffed.isEmpty()) {
            taskService.createTaskQuery().taskCandidateGroupIn(List.copyOf(unstaffed)).taskUnassigned().list()
                    .forEach(t -> found.put(t.getId(), t));
        }
        taskService.createTaskQuery().dueBefore(Date.from(now)).orderByDueDate().asc().list()
                .forEach(t -> found.putIfAbsent(t.getId(), t));
        taskService.createTaskQuery().taskCreatedBefore(Date.from(now.minus(taskAge))).orderByTaskCreateTime().asc()
                .list().forEach(t -> found.putIfAbsent(t.getId(), t));
        return describe(new ArrayList<>(found.values()), now, unstaffed);
    }

    /** The groups tasks may wait in that no active person is in. */
    private Set<String> unstaffedGroups() {
        Set<String> groups = new TreeSet<>(CandidateGroup.all(directory.findUnits()));
        groups.removeAll(groupsOf(directory.findAll().stream().filter(AppUser::active).toList()));
        return groups;
    }

    private static Set<String> groupsOf(List<AppUser> people) {
        return people.stream().flatMap(person -> person.candidateGroups().stream()).collect(Collectors.toSet());
    }

    /** How many tasks needing attention each holder has, most first; holders as the screen names them. */
    static Map<String, Long> byHolder(List<WatchedTask> tasks, Function<WatchedTask, String> holder) {
        Map<String, Long> counts = tasks.stream()
                .collect(Collectors.groupingBy(holder, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * Whether a group the person leaves would keep tasks that nobody active is left to take: no one else is in the
     * group, and a task waits there unclaimed, or claimed by the person and about to go back ({@code theirsGoBack}).
     */
    boolean leavesTasksWithNobody(AppUser person, Set<String> groupsLeft, boolean theirsGoBack) {
        if (groupsLeft.isEmpty()) {
            return false;
        }
        Set<String> staffed = groupsOf(directory.findAll().stream()
                .filter(other -> other.active() && other.id() != person.id()).toList());
        return groupsLeft.stream()
                .filter(group -> !staffed.contains(group))
                .anyMatch(group -> taskService.createTaskQuery().taskCandidateGroup(group).taskUnassigned().count() > 0
                        || theirsGoBack && taskService.createTaskQuery().taskCandidateGroup(group)
                        .includeAssignedTasks().taskAssignee(person.username()).count() > 0);
    }

    /** The open tasks of one process instance, for the detail view. */
    List<WatchedTask> ofProcess(AppUser admin, String processInstanceId, Instant now) {
        AdminOnly.require(admin, "tasks");
        List<Task> open = taskService.createTaskQuery().processInstanceId(processInstanceId)
                .orderByTaskCreateTime().asc().list();
        return describe(open, now, unstaffedIfAnyWaiting(open));
    }

    /** Every open task held by this person. */
    List<WatchedTask> assignedTo(AppUser admin, String username, Instant now) {
        AdminOnly.require(admin, "tasks");
        return describe(taskService.createTaskQuery().taskAssignee(username).list(), now, Set.of());
    }

    Optional<WatchedTask> find(AppUser admin, String taskId, Instant now) {
        AdminOnly.require(admin, "tasks");
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        return task == null ? Optional.empty()
                : Optional.of(describe(List.of(task), now, unstaffedIfAnyWaiting(List.of(task))).get(0));
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

    /** The unstaffed groups, asked only where a task waits unclaimed: a claimed one has its person. */
    private Set<String> unstaffedIfAnyWaiting(List<Task> tasks) {
        return tasks.stream().anyMatch(t -> t.getAssignee() == null) ? unstaffedGroups() : Set.of();
    }

    private List<WatchedTask> describe(List<Task> tasks, Instant now, Set<String> unstaffed) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> businessKeys = new HashMap<>();
        for (ProcessInstance pi : runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds).list()) {
            businessKeys.put(pi.getId(), pi.getBusinessKey() == null ? "" : pi.getBusinessKey());
        }
        Map<String, String> keys = subjectLookup.definitionKeys(tasks);
        Map<String, List<String>> groupsOf = candidateGroups(tasks);
        Map<String, TaskSubject> subjects = subjectLookup.byProcessInstance(tasks);
        Map<String, String> names = new HashMap<>();
        List<WatchedTask> result = new ArrayList<>(tasks.size());
        for (Task task : tasks) {
            String key = keys.getOrDefault(task.getProcessDefinitionId(), "");
            String businessKey = businessKeys.getOrDefault(task.getProcessInstanceId(), "");
            TaskSubject subject = subjects.getOrDefault(task.getProcessInstanceId(), TaskSubject.UNKNOWN);
            List<String> groups = groupsOf.getOrDefault(task.getId(), List.of());
            String assignee = task.getAssignee();
            String assigneeName = assignee == null ? null : names.computeIfAbsent(assignee,
                    u -> directory.findByUsername(u).map(AppUser::displayName).orElse(u));
            Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            result.add(new WatchedTask(task.getId(), task.getName(), task.getTaskDefinitionKey(),
                    task.getProcessInstanceId(), key, businessKey, subject.title(), subject.unitName(), assignee,
                    assigneeName, groups, task.getCreateTime().toInstant(), due, due != null && due.isBefore(now),
                    assignee == null && !groups.isEmpty() && unstaffed.containsAll(groups)));
        }
        result.sort(Comparator.comparing((WatchedTask t) -> !t.unstaffed()).thenComparing(t -> !t.overdue())
                .thenComparing(t -> t.overdue() ? t.due() : t.created()));
        return result;
    }
}
