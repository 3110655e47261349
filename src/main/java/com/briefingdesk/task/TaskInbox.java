package com.briefingdesk.task;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.UserDirectory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The inbox: tasks assigned to me, tasks waiting for one of my groups; claim and give back. */
@Service
public class TaskInbox {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final TaskGuard guard;
    private final List<TaskSubjects> subjects;
    private final UserDirectory directory;
    private final Map<String, String> keysOfDefinitions = new ConcurrentHashMap<>();

    public TaskInbox(TaskService taskService, RuntimeService runtimeService, RepositoryService repositoryService,
                     TaskGuard guard, List<TaskSubjects> subjects, UserDirectory directory) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.guard = guard;
        this.subjects = subjects;
        this.directory = directory;
    }

    public List<OpenTask> assignedTo(AppUser user) {
        return describe(assigned(user).list());
    }

    /** One page of the tasks assigned to the person, oldest first: the inbox shows a page at a time. */
    public List<OpenTask> assignedTo(AppUser user, int offset, int limit) {
        return describe(assigned(user).listPage(offset, limit));
    }

    /** The first page of the tasks assigned to the person, with how many there are in all. */
    public TaskList assignedList(AppUser user, int pageSize) {
        return firstPage(assigned(user), pageSize);
    }

    /** The first page of the tasks waiting for one of the person's groups, with how many there are in all. */
    public TaskList offeredList(AppUser user, int pageSize) {
        return user.candidateGroups().isEmpty() ? new TaskList(List.of(), 0) : firstPage(offered(user), pageSize);
    }

    /** A short list is its own count: only a full first page asks the database how many there are. */
    private TaskList firstPage(TaskQuery query, int pageSize) {
        List<Task> page = query.listPage(0, pageSize);
        int total = page.size() < pageSize ? page.size() : (int) query.count();
        return new TaskList(describe(page), total);
    }

    public List<OpenTask> offeredTo(AppUser user) {
        return user.candidateGroups().isEmpty() ? List.of() : describe(offered(user).list());
    }

    /** One page of the tasks waiting for one of the person's groups, oldest first. */
    public List<OpenTask> offeredTo(AppUser user, int offset, int limit) {
        return user.candidateGroups().isEmpty() ? List.of() : describe(offered(user).listPage(offset, limit));
    }

    private TaskQuery assigned(AppUser user) {
        return taskService.createTaskQuery().taskAssignee(user.username()).initializeFormKeys()
                .orderByTaskCreateTime().asc().orderByTaskId().asc();
    }

    private TaskQuery offered(AppUser user) {
        return taskService.createTaskQuery().taskCandidateGroupIn(user.candidateGroups()).taskUnassigned()
                .initializeFormKeys().orderByTaskCreateTime().asc().orderByTaskId().asc();
    }

    @Transactional
    public void claim(String taskId, AppUser user) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getAssignee() != null || !guard.mayAct(task, user)) {
            throw new TaskNotAvailableException(taskId);
        }
        try {
            taskService.claim(taskId, user.username());
        } catch (ProcessEngineException e) {
            throw new TaskNotAvailableException(taskId);
        }
    }

    @Transactional
    public void unclaim(String taskId, AppUser user) {
        Task task = taskService.createTaskQuery().taskId(taskId).taskAssignee(user.username()).singleResult();
        if (task == null || !isGroupTask(taskId)) {
            // Only group tasks go back to the group; a personal task (a revision) stays with its person.
            throw new TaskNotAvailableException(taskId);
        }
        taskService.setAssignee(taskId, null);
    }

    /** A task offered to a group, which its assignee may give back. */
    public boolean isGroupTask(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream().anyMatch(link -> link.getGroupId() != null);
    }

    private List<OpenTask> describe(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, TaskSubject> subjectsByInstance = subjectsOf(tasks);
        List<OpenTask> result = new ArrayList<>(tasks.size());
        for (Task task : tasks) {
            TaskSubject subject = task.getProcessInstanceId() == null ? TaskSubject.UNKNOWN
                    : subjectsByInstance.getOrDefault(task.getProcessInstanceId(), TaskSubject.UNKNOWN);
            String owner = task.getOwner() == null || task.getOwner().equals(task.getAssignee()) ? null
                    : directory.findByUsername(task.getOwner()).map(AppUser::displayName).orElse(task.getOwner());
            result.add(new OpenTask(task.getId(), task.getName(), task.getFormKey(), task.getAssignee(),
                    toInstant(task.getCreateTime()), toInstant(task.getDueDate()), subject, owner,
                    task.getDelegationState() == DelegationState.PENDING));
        }
        return result;
    }

    /**
     * Each task's subject, by its process instance: one question per process and feature, not one per task, for an
     * inbox may hold hundreds of tasks. First from the features that keep the process instance beside the subject;
     * the rest through the process instances' business keys.
     */
    private Map<String, TaskSubject> subjectsOf(List<Task> tasks) {
        Map<String, String> definitionKeys = definitionKeys(tasks);
        Map<String, Set<String>> instancesByProcess = new HashMap<>();
        for (Task task : tasks) {
            if (task.getProcessInstanceId() != null) {
                instancesByProcess.computeIfAbsent(definitionKeys.getOrDefault(task.getProcessDefinitionId(), ""),
                        k -> new HashSet<>()).add(task.getProcessInstanceId());
            }
        }
        Map<String, TaskSubject> found = new HashMap<>();
        instancesByProcess.forEach((definitionKey, instances) -> subjects.forEach(
                s -> s.subjectsOfProcesses(definitionKey, instances).forEach(found::putIfAbsent)));
        Set<String> rest = instancesByProcess.values().stream().flatMap(Set::stream)
                .filter(instance -> !found.containsKey(instance)).collect(Collectors.toSet());
        if (rest.isEmpty()) {
            return found;
        }
        Map<String, String> businessKeys = runtimeService.createProcessInstanceQuery().processInstanceIds(rest)
                .list().stream().collect(Collectors.toMap(ProcessInstance::getId,
                        pi -> pi.getBusinessKey() == null ? "" : pi.getBusinessKey()));
        instancesByProcess.forEach((definitionKey, instances) -> {
            Set<String> keys = instances.stream().filter(rest::contains)
                    .map(instance -> businessKeys.getOrDefault(instance, "")).collect(Collectors.toSet());
            if (keys.isEmpty()) {
                return;
            }
            Map<String, TaskSubject> byKey = new HashMap<>();
            subjects.forEach(s -> s.subjectsOf(definitionKey, keys).forEach(byKey::putIfAbsent));
            instances.stream().filter(rest::contains).forEach(instance -> {
                TaskSubject subject = byKey.get(businessKeys.getOrDefault(instance, ""));
                if (subject != null) {
                    found.put(instance, subject);
                }
            });
        });
        return found;
    }

    /**
     * The process key of each task's definition. A deployed definition never changes its key, so the keys are kept
     * once read: the inbox asks for them on every page it shows.
     */
    private Map<String, String> definitionKeys(List<Task> tasks) {
        String[] unknown = tasks.stream().map(Task::getProcessDefinitionId).filter(id -> id != null)
                .distinct().filter(id -> !keysOfDefinitions.containsKey(id)).toArray(String[]::new);
        if (unknown.length > 0) {
            repositoryService.createProcessDefinitionQuery().processDefinitionIdIn(unknown).list()
                    .forEach(definition -> keysOfDefinitions.put(definition.getId(), definition.getKey()));
        }
        return keysOfDefinitions;
    }

    private static Instant toInstant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }

}
