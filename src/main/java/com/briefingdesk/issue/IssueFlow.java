package com.briefingdesk.issue;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.TypedText;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.task.TaskGuard;
import com.briefingdesk.task.TaskNotAvailableException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 退回 to any step the issue has passed, and 取回: the person who completed a step takes it back while the next
 * step has not been acted on. Both keep the opinion history complete and move the issue's status with the process.
 */
@Service
public class IssueFlow {

    /** A step the issue may be returned to, and who did it last time. */
    public record ReturnTarget(IssueOpinion.Step step, List<String> actorNames) { }

    /** The task a retrieval gave back to its person. */
    public record RetrievedTask(String taskId, String formKey) { }

    private static final Map<String, IssueOpinion.Step> STEP_OF_FORM = Map.of(
            IssueTasks.PROOFREAD_FORM, IssueOpinion.Step.PROOFREAD,
            IssueTasks.REVIEW_FORM, IssueOpinion.Step.REVIEW,
            CountersignTasks.COUNTERSIGN_FORM, IssueOpinion.Step.REVIEW,
            IssueTasks.SIGN_OFF_FORM, IssueOpinion.Step.SIGN_OFF);

    /** What the process waits at while the step after a completed step has not been acted on. */
    private static final Map<IssueOpinion.Step, Set<String>> NEXT_ACTIVITIES = Map.of(
            IssueOpinion.Step.COMPOSE, Set.of("Task_Proofread"),
            IssueOpinion.Step.PROOFREAD, Set.of("Task_Review", IssueProcessMoves.COUNTERSIGN_ACTIVITY),
            IssueOpinion.Step.REVIEW, Set.of("Task_SignOff"));

    private final TaskGuard guard;
    private final TaskService taskService;
    private final IssueTasks issueTasks;
    private final CountersignTasks countersignTasks;
    private final IssueService issueService;
    private final IssueRepository issues;
    private final CountersignRepository countersigns;
    private final IssueProcessMoves moves;

    IssueFlow(TaskGuard guard, TaskService taskService, IssueTasks issueTasks, CountersignTasks countersignTasks,
              IssueService issueService, IssueRepository issues, CountersignRepository countersigns,
              IssueProcessMoves moves) {
        this.guard = guard;
        this.taskService = taskService;
        this.issueTasks = issueTasks;
        this.countersignTasks = countersignTasks;
        this.issueService = issueService;
        this.issues = issues;
        this.countersigns = countersigns;
        this.moves = moves;
    }

    // --- 退回 ---

    /** The steps before the task's step that the issue has passed in its way here, each with who did it. */
    public List<ReturnTarget> returnTargets(AppUser user, String taskId, String formKey) {
        Issue issue = issueTasks.issueOfTask(user, taskId, formKey);
        return passedBefore(issues.opinions(issue.id()), stepOf(formKey));
    }

    /**
     * Returns the issue from the task's step to an earlier step it has passed, with a reason the receiver reads. A
     * return to composing takes the model's own return path; one to another step restarts that step.
     */
    @Transactional
    public void returnTo(AppUser user, String taskId, String formKey, IssueOpinion.Step target, String reason) {
        Issue issue = issueTasks.issueOfTask(user, taskId, formKey);
        IssueOpinion.Step current = stepOf(formKey);
        Map<String, String> problems = new HashMap<>();
        if (target == null) {
            problems.put("target", "flow.return.targetRequired");
        } else if (passedBefore(issues.opinions(issue.id()), current).stream().noneMatch(t -> t.step() == target)) {
            problems.put("target", "flow.return.notPassed");
        }
        if (reason == null || reason.isBlank()) {
            problems.put("reason", "flow.return.reasonRequired");
        }
        TypedText.check(problems, "reason", reason, IssueTasks.OPINION_MAX);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (formKey.equals(CountersignTasks.COUNTERSIGN_FORM)) {
            countersignTasks.decide(user, taskId, IssueOpinion.Decision.RETURN, reason, target);
        } else if (target == IssueOpinion.Step.COMPOSE) {
            returnToEditor(user, taskId, current, reason);
        } else {
            issues.addOpinion(issue.id(), current, IssueOpinion.Decision.RETURN, reason.strip(), user.id(), target);
            restart(issue, target, taskId);
        }
    }

    private void returnToEditor(AppUser user, String taskId, IssueOpinion.Step current, String reason) {
        switch (current) {
            case PROOFREAD -> issueTasks.proofread(user, taskId, false, reason);
            case REVIEW -> issueTasks.review(user, taskId, IssueOpinion.Decision.RETURN, reason);
            case SIGN_OFF -> issueTasks.signOff(user, taskId, IssueOpinion.Decision.RETURN, reason);
            default -> throw new IllegalArgumentException("no return from " + current);
        }
    }

    /**
     * Each step before {@code current}, in order, as long as the issue passed it on its way to the current step:
     * compose by its last submission, every later step by the forward decisions given after the step before it.
     */
    static List<ReturnTarget> passedBefore(List<IssueOpinion> opinions, IssueOpinion.Step current) {
        List<ReturnTarget> targets = new ArrayList<>();
        int previous = -1;
        for (IssueOpinion.Step step : IssueOpinion.Step.values()) {
            if (!step.isBefore(current)) {
                break;
            }
            int last = lastForward(opinions, step);
            if (last <= previous) {
                break;
            }
            int from = step == IssueOpinion.Step.COMPOSE ? last : previous + 1;
            List<String> names = opinions.subList(from, last + 1).stream()
                    .filter(o -> o.step() == step && o.forward()).map(IssueOpinion::actorName).distinct().toList();
            targets.add(new ReturnTarget(step, names));
            previous = last;
        }
        return targets;
    }

    private static int lastForward(List<IssueOpinion> opinions, IssueOpinion.Step step) {
        for (int i = opinions.size() - 1; i >= 0; i--) {
            if (opinions.get(i).step() == step && opinions.get(i).forward()) {
                return i;
            }
        }
        return -1;
    }

    /** The return that brought the issue to this step, while it is the last word on the issue; to show its receiver. */
    public Optional<IssueOpinion> returnReceived(long issueId, IssueOpinion.Step step) {
        List<IssueOpinion> opinions = issues.opinions(issueId);
        if (opinions.isEmpty()) {
            return Optional.empty();
        }
        IssueOpinion last = opinions.get(opinions.size() - 1);
        return last.decision() == IssueOpinion.Decision.RETURN && last.returnTo() == step
                ? Optional.of(last) : Optional.empty();
    }

    // --- 取回 ---

    /**
     * The step the person may try to take back, offered while their own last word on the issue is a forward
     * decision; whether the next step has been acted on meanwhile is told when they try.
     */
    public Optional<IssueOpinion.Step> retrievable(AppUser user, Issue issue) {
        List<IssueOpinion> opinions = issueService.opinions(user, issue.id());
        int mine = lastOf(opinions, user);
        if (mine < 0 || issue.status().published() || issue.status() == IssueStatus.SIGNED_OFF) {
            return Optional.empty();
        }
        IssueOpinion own = opinions.get(mine);
        return own.forward() && NEXT_ACTIVITIES.containsKey(own.step()) ? Optional.of(own.step()) : Optional.empty();
    }

    /**
     * 取回: takes back the step the person completed last, while nobody has claimed, decided or written anything in
     * the next step; the step's task comes back assigned to them. Refused with the reason otherwise.
     */
    @Transactional
    public RetrievedTask retrieve(AppUser user, long issueId) {
        Issue issue = issueService.find(user, issueId);
        issues.findForUpdate(issue.id());
        List<IssueOpinion> opinions = issues.opinions(issue.id());
        int mine = lastOf(opinions, user);
        if (mine < 0 || !opinions.get(mine).forward()) {
            throw refusal("flow.retrieve.notYours");
        }
        if (mine < opinions.size() - 1) {
            throw refusal("flow.retrieve.acted");
        }
        IssueOpinion.Step step = opinions.get(mine).step();
        if (!IssueProcessMoves.canRestartAt(step)) {
            throw refusal("flow.retrieve.signedOff");
        }
        List<Task> next = taskService.createTaskQuery().processInstanceId(issue.processInstanceId()).list();
        if (step == IssueOpinion.Step.REVIEW && countersigns.find(issue.id()).isPresent()) {
            return retrieveCountersignDecision(user, issue, next);
        }
        if (next.isEmpty() || next.stream().anyMatch(t -> !NEXT_ACTIVITIES.get(step).contains(t.getTaskDefinitionKey()))) {
            throw refusal("flow.retrieve.movedOn");
        }
        boolean countersign = next.stream()
                .anyMatch(t -> t.getTaskDefinitionKey().equals(IssueProcessMoves.COUNTERSIGN_ACTIVITY));
        if (countersign && countersigns.find(issue.id()).map(Countersign::anyDecided).orElse(false)) {
            throw refusal("flow.retrieve.countersignDecided");
        }
        if (!countersign && next.stream().anyMatch(t -> t.getAssignee() != null)) {
            throw refusal("flow.retrieve.claimed");
        }
        issues.addOpinion(issue.id(), step, IssueOpinion.Decision.RETRIEVE, null, user.id());
        restart(issue, step, next.get(0).getId());
        Task task = moves.assignRestarted(issue.processInstanceId(), step, user.username());
        return new RetrievedTask(task.getId(), task.getFormKey());
    }

    /**
     * 取回 of one member's approval while the countersign still waits for others: the decision is undone and the
     * member gets a countersign task again (one more parallel instance, as 加签 adds one). Once the countersign has
     * settled, the review was done by several people, and no one of them takes it back.
     */
    private RetrievedTask retrieveCountersignDecision(AppUser user, Issue issue, List<Task> open) {
        countersigns.lock(issue.id());
        boolean running = open.stream()
                .anyMatch(t -> t.getTaskDefinitionKey().equals(IssueProcessMoves.COUNTERSIGN_ACTIVITY));
        boolean member = countersigns.find(issue.id()).map(c -> c.members().stream()
                .anyMatch(m -> m.userId() == user.id() && m.decision() == IssueOpinion.Decision.APPROVE))
                .orElse(false);
        if (!running || !member) {
            throw refusal("flow.retrieve.countersignReview");
        }
        countersigns.undecide(issue.id(), user.id());
        issues.addOpinion(issue.id(), IssueOpinion.Step.REVIEW, IssueOpinion.Decision.RETRIEVE, null, user.id());
        moves.addCountersignInstance(issue.processInstanceId(), user.username());
        Task task = taskService.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey(IssueProcessMoves.COUNTERSIGN_ACTIVITY).taskAssignee(user.username())
                .initializeFormKeys().singleResult();
        return new RetrievedTask(task.getId(), task.getFormKey());
    }

    private static int lastOf(List<IssueOpinion> opinions, AppUser user) {
        for (int i = opinions.size() - 1; i >= 0; i--) {
            if (opinions.get(i).actorId() == user.id()) {
                return i;
            }
        }
        return -1;
    }

    private void restart(Issue issue, IssueOpinion.Step step, String taskId) {
        try {
            moves.restartAt(issue.processInstanceId(), step);
        } catch (OptimisticLockingException e) {
            throw new TaskNotAvailableException(taskId);
        }
    }

    private static ValidationException refusal(String key) {
        return new ValidationException(Map.of("retrieve", key));
    }

    static IssueOpinion.Step stepOf(String formKey) {
        IssueOpinion.Step step = STEP_OF_FORM.get(formKey);
        if (step == null) {
            throw new IllegalArgumentException("no return from form " + formKey);
        }
        return step;
    }
}
