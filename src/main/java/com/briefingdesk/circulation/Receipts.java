package com.briefingdesk.circulation;

import com.briefingdesk.audit.AuditAction;
import com.briefingdesk.audit.AuditTrail;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.issue.CirculationProgress;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssueService;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.task.TaskCompletion;
import com.briefingdesk.task.TaskGuard;
import com.briefingdesk.task.TaskNotAvailableException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do with a circulated issue: recipients read it and acknowledge receipt (签收) for their unit;
 * editors and administrators see which units have received, opened and acknowledged it, and remind a unit at
 * once. Everything another unit's or an unpublished issue's is answered as not found.
 */
@Service
public class Receipts implements CirculationProgress {

    static final String RECEIPT_FORM = "issue-receipt";
    static final String RECEIPT_TASK = "Task_AcknowledgeReceipt";
    static final String UNIT_VARIABLE = "receiptUnitId";

    private final IssueService issues;
    private final ReceiptRepository receipts;
    private final CirculationAccess access;
    private final IssueCirculation circulation;
    private final TaskGuard guard;
    private final TaskCompletion completion;
    private final TaskService taskService;
    private final AuditTrail audit;

    Receipts(IssueService issues, ReceiptRepository receipts, CirculationAccess access, IssueCirculation circulation,
             TaskGuard guard, TaskCompletion completion, TaskService taskService, AuditTrail audit) {
        this.issues = issues;
        this.receipts = receipts;
        this.access = access;
        this.circulation = circulation;
        this.guard = guard;
        this.completion = completion;
        this.taskService = taskService;
        this.audit = audit;
    }

    /** The published issue, if this person may read it; a recipient's reading counts as their unit opening it. */
    @Transactional
    public Issue read(AppUser user, long issueId) {
        Issue issue = readable(user, issueId);
        if (CirculationAccess.receives(user, issue)) {
            receipts.markOpened(issueId, user.unitId(), user.id());
        }
        return issue;
    }

    /** The receipt of the person's own unit, if the issue circulates to it. */
    public Optional<Receipt> receiptOfMyUnit(AppUser user, long issueId) {
        Issue issue = readable(user, issueId);
        return CirculationAccess.receives(user, issue) ? receipts.find(issueId, user.unitId()) : Optional.empty();
    }

    /**
     * 签收 for the person's unit. The first acknowledgement stays; another one, by the same or a colleague,
     * changes nothing. The unit's receipt task is completed with it.
     */
    @Transactional
    public Receipt acknowledge(AppUser user, long issueId) {
        Issue issue = readable(user, issueId);
        if (!CirculationAccess.receives(user, issue)) {
            throw new NotFoundException("receipt of issue " + issueId);
        }
        Receipt receipt = receipts.find(issueId, user.unitId())
                .orElseThrow(() -> new ValidationException(Map.of("receipt", "receipt.notYetCirculated")));
        receipts.acknowledge(issueId, user.unitId(), user.id());
        audit.record(user, AuditAction.RECEIPT_ACKNOWLEDGED, IssueService.PROCESS_KEY, issueId, user.unitCode());
        openTaskOf(issue, user.unitId()).ifPresent(task -> completion.complete(task.getId(), user, Map.of()));
        return receipts.find(issueId, receipt.unitId()).orElseThrow();
    }

    /** The issue of a receipt task that is open for this person and belongs to their own unit. */
    public Issue issueOfTask(AppUser user, String taskId) {
        guard.openTask(taskId, RECEIPT_FORM, user);
        Object unit = taskService.getVariable(taskId, UNIT_VARIABLE);
        Object issueId = taskService.getVariable(taskId, "issueId");
        if (!(unit instanceof Long unitId) || unitId != user.unitId() || !(issueId instanceof Long id)) {
            throw new TaskNotAvailableException(taskId);
        }
        return read(user, id);
    }

    /** Acknowledges from the receipt task's form. */
    @Transactional
    public Receipt acknowledgeTask(AppUser user, String taskId) {
        Issue issue = issueOfTask(user, taskId);
        return acknowledge(user, issue.id());
    }

    /** Per receiving unit: told, opened, acknowledged, reminded — for editors and administrators. */
    public List<Receipt> tracking(AppUser user, long issueId) {
        tracked(user, issueId);
        return receipts.ofIssue(issueId);
    }

    /** Of these receipts' units, those where nobody active can acknowledge: no reminder reaches them. */
    public Set<Long> withoutRecipient(Collection<Receipt> waiting) {
        return circulation.withoutRecipient(waiting.stream().map(Receipt::unitId).toList());
    }

    /** 催办 at once, by an editor or administrator, for a unit that has not acknowledged and has a recipient. */
    @Transactional
    public Receipt remindNow(AppUser user, long issueId, long unitId) {
        Issue issue = tracked(user, issueId);
        Receipt receipt = receipts.find(issueId, unitId)
                .orElseThrow(() -> new NotFoundException("receipt of unit " + unitId));
        if (receipt.acknowledged()) {
            throw new ValidationException(Map.of("receipt", "receipt.alreadyAcknowledged"));
        }
        if (!circulation.withoutRecipient(List.of(unitId)).isEmpty()) {
            throw new ValidationException(Map.of("receipt", "circulation.remind.nobody"));
        }
        circulation.remind(issue, unitId);
        audit.record(user, AuditAction.RECEIPT_REMINDED, IssueService.PROCESS_KEY, issueId, receipt.unitName());
        return receipts.find(issueId, unitId).orElseThrow();
    }

    /** 签收 m / n of each of these issues, for those who follow circulation (editors, administrators). */
    @Override
    public Map<Long, Acknowledged> acknowledged(AppUser user, Collection<Long> issueIds) {
        return CirculationAccess.tracks(user) ? receipts.acknowledged(issueIds) : Map.of();
    }

    /**
     * 催办 at once, by an editor or administrator, for every unit that has not acknowledged and has a recipient; the
     * receipts reminded.
     */
    @Transactional
    public List<Receipt> remindAllNow(AppUser user, long issueId) {
        tracked(user, issueId); // who may see the list may remind from it
        List<Receipt> reminded = circulation.remindUnacknowledged(issueId);
        reminded.forEach(receipt -> audit.record(user, AuditAction.RECEIPT_REMINDED, IssueService.PROCESS_KEY, issueId,
                receipt.unitName()));
        return reminded;
    }

    /** The issue whose circulation the person may follow, editors and administrators: not found for anyone else. */
    private Issue tracked(AppUser user, long issueId) {
        Issue issue = readable(user, issueId);
        if (!CirculationAccess.tracks(user)) {
            throw new NotFoundException("circulation of issue " + issue.id());
        }
        return issue;
    }

    private Issue readable(AppUser user, long issueId) {
        Issue issue = issues.load(issueId);
        if (!access.mayRead(user, issue)) {
            throw new NotFoundException("issue " + issueId);
        }
        return issue;
    }

    private Optional<Task> openTaskOf(Issue issue, long unitId) {
        if (issue.processInstanceId() == null) {
            return Optional.empty();
        }
        return taskService.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey(RECEIPT_TASK).list().stream()
                .filter(task -> Long.valueOf(unitId).equals(taskService.getVariable(task.getId(), UNIT_VARIABLE)))
                .findFirst();
    }
}
