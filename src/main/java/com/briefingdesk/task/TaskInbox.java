package com.briefingdesk.task;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.layout.WaitingCount;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The inbox: tasks assigned to me, tasks waiting for one of my groups; claim and give back. */
@Service
public class TaskInbox implements WaitingCount {

    /** How many waiting tasks {@link #takeNext} tries to take before it gives up on a crowd of colleagues. */
    private static final int NEXT_TRIES = 10;

    private final TaskService taskService;
    private final TaskGuard guard;
    private final TaskSubjectLookup subjectLookup;
    private final UserDirectory directory;
    private final OfficeClock clock;
    private final ActivityNames names;
    private final List<Recusal> recusals;

    public TaskInbox(TaskService taskService, TaskGuard guard, TaskSubjectLookup subjectLookup,
                     UserDirectory directory, OfficeClock clock, ActivityNames names, List<Recusal> recusals) {
        this.taskService = taskService;
        this.guard = guard;
        this.subjectLookup = subjectLookup;
        this.directory = directory;
        this.clock = clock;
        this.names = names;
        this.recusals = recusals;
    }

    public List<OpenTask> assignedTo(AppUser user) {
        return describe(assigned(user, InboxFilter.NONE).list());
    }

    /** One page of the tasks assigned to the person, oldest first: the inbox shows a page at a time. */
    public List<OpenTask> assignedTo(AppUser user, int offset, int limit) {
        return assignedTo(user, InboxFilter.NONE, offset, limit);
    }

    /** One page of the tasks assigned to the person that the filter lets through, in its order. */
    public List<OpenTask> assignedTo(AppUser user, InboxFilter filter, int offset, int limit) {
        return page(assigned(user, filter), filter, offset, limit);
    }

    /** The first page of the tasks assigned to the person, with how many there are in all. */
    public TaskList assignedList(AppUser user, int pageSize) {
        return assignedList(user, InboxFilter.NONE, pageSize);
    }

    /** The first page of the tasks assigned to the person that the filter lets through, with how many in all. */
    public TaskList assignedList(AppUser user, InboxFilter filter, int pageSize) {
        return firstPage(assigned(user, filter), filter, pageSize);
    }

    /** The first page of the tasks waiting for one of the person's groups, with how many there are in all. */
    public TaskList offeredList(AppUser user, int pageSize) {
        return offeredList(user, InboxFilter.NONE, pageSize);
    }

    /** The first page of the group tasks that the filter lets through, with how many there are in all. */
    public TaskList offeredList(AppUser user, InboxFilter filter, int pageSize) {
        return user.candidateGroups().isEmpty() ? new TaskList(List.of(), 0)
                : firstPage(offered(user, filter), filter, pageSize);
    }

    public List<OpenTask> offeredTo(AppUser user) {
        return user.candidateGroups().isEmpty() ? List.of() : describe(offered(user, InboxFilter.NONE).list());
    }

    /** One page of the tasks waiting for one of the person's groups, oldest first. */
    public List<OpenTask> offeredTo(AppUser user, int offset, int limit) {
        return offeredTo(user, InboxFilter.NONE, offset, limit);
    }

    /** One page of the group tasks that the filter lets through, in its order. */
    public List<OpenTask> offeredTo(AppUser user, InboxFilter filter, int offset, int limit) {
        return user.candidateGroups().isEmpty() ? List.of() : page(offered(user, filter), filter, offset, limit);
    }

    /** 待办 in the menu, which links the inbox. */
    @Override
    public String route() {
        return "";
    }

    /** How many tasks wait for the person in all: theirs, and those their groups may claim. */
    @Override
    public long waitingFor(AppUser user) {
        long assigned = assigned(user, InboxFilter.NONE).count();
        return user.candidateGroups().isEmpty() ? assigned : assigned + offered(user, InboxFilter.NONE).count();
    }

    /**
     * A short list is its own count: only a full first page asks the database how many there are. The words are
     * looked for in the subjects, which live in the features' tables, not the engine's, and the tasks' names as
     * shown live in the bundles (the models name them in English): a search, or the list sorted by task, reads the
     * list whole and names its tasks.
     */
    private TaskList firstPage(TaskQuery query, InboxFilter filter, int pageSize) {
        if (readsWhole(filter)) {
            List<OpenTask> found = whole(query, filter);
            return new TaskList(found.subList(0, Math.min(pageSize, found.size())), found.size());
        }
        List<Task> page = query.listPage(0, pageSize);
        int total = page.size() < pageSize ? page.size() : (int) query.count();
        return new TaskList(describe(page), total);
    }

    private List<OpenTask> page(TaskQuery query, InboxFilter filter, int offset, int limit) {
        if (!readsWhole(filter)) {
            return describe(query.listPage(offset, limit));
        }
        List<OpenTask> found = whole(query, filter);
        return found.subList(Math.min(offset, found.size()), Math.min(offset + limit, found.size()));
    }

    private static boolean readsWhole(InboxFilter filter) {
        return !filter.words().isBlank() || filter.order() == InboxFilter.Order.TASK;
    }

    /** The list whole, as the query orders it (by arrival when by task), narrowed by the words, sorted by name. */
    private List<OpenTask> whole(TaskQuery query, InboxFilter filter) {
        Stream<OpenTask> tasks = describe(query.list()).stream()
                .filter(task -> filter.words().foundIn(task.subject().title(), task.subject().unitName()));
        return filter.order() == InboxFilter.Order.TASK ? tasks.sorted(byName(filter)).toList() : tasks.toList();
    }

    /** By the name the person reads (稿件初审 before 组稿 by pinyin), the same step in order of arrival. */
    private Comparator<OpenTask> byName(InboxFilter filter) {
        Collator collator = Collator.getInstance(filter.language());
        Comparator<OpenTask> byName = Comparator.comparing(
                task -> names.taskName(filter.language(), task.formKey(), task.name()), collator);
        return filter.descending() ? byName.reversed() : byName;
    }

    private TaskQuery assigned(AppUser user, InboxFilter filter) {
        return narrowed(taskService.createTaskQuery().taskAssignee(user.username()), filter);
    }

    /** Waiting for one of the person's groups, less the tasks they stand aside from. */
    private TaskQuery offered(AppUser user, InboxFilter filter) {
        TaskQuery query = taskService.createTaskQuery().taskCandidateGroupIn(user.candidateGroups()).taskUnassigned();
        recusals.forEach(recusal -> recusal.narrow(query, user));
        return narrowed(query, filter);
    }

    /** Past-due tasks only if asked; then the filter's order, and arrival and id after it so a page is stable. */
    private TaskQuery narrowed(TaskQuery query, InboxFilter filter) {
        query.initializeFormKeys();
        if (filter.overdueOnly()) {
            query.dueBefore(Date.from(clock.now()));
        }
        switch (filter.order()) {
            case DUE -> direction(query.orderByDueDate(), filter.descending()).orderByTaskCreateTime().asc();
            case TASK -> query.orderByTaskCreateTime().asc(); // then by name as shown, see byName
            case ARRIVED -> direction(query.orderByTaskCreateTime(), filter.descending());
        }
        return query.orderByTaskId().asc();
    }

    private static TaskQuery direction(TaskQuery query, boolean descending) {
        return descending ? query.desc() : query.asc();
    }

    /** The step of the model a task is at (its task definition key), for {@link #takeNext}; empty once it is gone. */
    public Optional<String> stepOf(String taskId) {
        return Optional.ofNullable(taskService.createTaskQuery().taskId(taskId).singleResult())
                .map(Task::getTaskDefinitionKey);
    }

    /**
     * The next task at the same step for someone working through a pile (稿件初审 on a busy day): the oldest of their
     * own, else the oldest their groups may claim, taken for them. A task a colleague takes first is passed over.
     */
    public Optional<OpenTask> takeNext(AppUser user, String step) {
        List<Task> mine = assigned(user, InboxFilter.NONE).taskDefinitionKey(step).listPage(0, 1);
        if (!mine.isEmpty()) {
            return Optional.of(describe(mine).get(0));
        }
        if (user.candidateGroups().isEmpty()) {
            return Optional.empty();
        }
        List<Task> offered = offered(user, InboxFilter.NONE).taskDefinitionKey(step).listPage(0, NEXT_TRIES);
        for (Task task : offered) {
            try {
                claim(task.getId(), user);
                return Optional.of(describe(List.of(task)).get(0));
            } catch (TaskNotAvailableException e) {
                // a colleague took it meanwhile: the next one
            }
        }
        return Optional.empty();
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
        if (!giveBack(taskId, user)) {
            throw new TaskNotAvailableException(taskId);
        }
    }

    /** Gives a group task the person holds back to its group; false, and nothing done, if they do not hold one. */
    @Transactional
    public boolean giveBack(String taskId, AppUser user) {
        Task task = taskService.createTaskQuery().taskId(taskId).taskAssignee(user.username()).singleResult();
        if (task == null || !isGroupTask(taskId)) {
            // Only group tasks go back to the group; a personal task (a revision) stays with its person.
            return false;
        }
        taskService.setAssignee(taskId, null);
        return true;
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

    private static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }

}
