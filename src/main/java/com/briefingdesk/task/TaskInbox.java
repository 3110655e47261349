package com.briefingdesk.task;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.UserDirectory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The inbox: tasks assigned to me, tasks waiting for one of my groups; claim and give back. */
@Service
public class TaskInbox {

    private final TaskService taskService;
    private final TaskGuard guard;
    private final TaskSubjectLookup subjectLookup;
    private final UserDirectory directory;

    public TaskInbox(TaskService taskService, TaskGuard guard, TaskSubjectLookup subjectLookup,
                     UserDirectory directory) {
        this.taskService = taskService;
        this.guard = guard;
        this.subjectLookup = subjectLookup;
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
        Map<String, TaskSubject> subjectsByInstance = subjectLookup.byProcessInstance(tasks);
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

    private static Instant toInstant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }

}
