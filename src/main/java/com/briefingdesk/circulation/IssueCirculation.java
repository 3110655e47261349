package com.briefingdesk.circulation;

import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssueService;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The circulation steps of the issue process: a receipt per receiving unit, each told by mail; the receipt tasks
 * (one per unit, offered to that unit's recipients); reminders (催办) to the units that have not acknowledged,
 * every {@code briefing.circulation.reminder-delay} (P2D) until all have.
 */
@Component("issueCirculation")
public class IssueCirculation {

    private final IssueService issues;
    private final ReceiptRepository receipts;
    private final CirculationMail mail;
    private final UserDirectory directory;
    private final String reminderDelay;

    IssueCirculation(IssueService issues, ReceiptRepository receipts, CirculationMail mail, UserDirectory directory,
                     @Value("${briefing.circulation.reminder-delay:P2D}") String reminderDelay) {
        this.issues = issues;
        this.receipts = receipts;
        this.mail = mail;
        this.directory = directory;
        this.reminderDelay = reminderDelay;
        Duration.parse(reminderDelay); // fail at start-up, not when the first issue circulates
    }

    /** Creates the receipts of the issue's circulation units and tells each; running again tells nobody twice. */
    @Transactional
    public void circulate(Long issueId) {
        Issue issue = issues.load(issueId);
        for (long unitId : issue.circulationUnitIds()) {
            if (receipts.create(issueId, unitId)) {
                mail.circulated(issue, unitId);
            }
        }
    }

    /** The units of the receipt tasks: one task each. */
    public List<Long> receiptUnits(Long issueId) {
        return receipts.ofIssue(issueId).stream().map(Receipt::unitId).toList();
    }

    /** The candidate group of a unit's receipt task. */
    public String recipientGroup(Long unitId) {
        return Unit.recipientGroup(directory.findUnit(unitId).orElseThrow().code());
    }

    /** The timer cycle of the reminders: after the delay, and again after each delay, as long as units wait. */
    public String getReminderCycle() {
        return "R/" + reminderDelay;
    }

    /**
     * 催办: every unit that has not acknowledged and has someone to acknowledge is reminded and the reminder counted;
     * the receipts reminded. A unit without an active recipient is left out: a reminder would reach nobody, and its
     * count would say it had been asked. Once someone there holds the role, the next round reminds it.
     */
    @Transactional
    public List<Receipt> remindUnacknowledged(Long issueId) {
        Issue issue = issues.load(issueId);
        List<Receipt> waiting = receipts.ofIssue(issueId).stream().filter(r -> !r.acknowledged()).toList();
        Set<Long> unreachable = withoutRecipient(waiting.stream().map(Receipt::unitId).toList());
        List<Receipt> reminded = waiting.stream().filter(r -> !unreachable.contains(r.unitId())).toList();
        reminded.forEach(receipt -> remind(issue, receipt.unitId()));
        return reminded;
    }

    /** Those of the units where nobody active holds the recipient role, so that nobody can acknowledge for them. */
    Set<Long> withoutRecipient(Collection<Long> unitIds) {
        return directory.unitIdsWithoutActive(Role.RECIPIENT, unitIds);
    }

    void remind(Issue issue, long unitId) {
        receipts.recordReminder(issue.id(), unitId);
        mail.reminder(issue, unitId);
    }
}
