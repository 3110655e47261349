package com.briefingdesk.commission;

import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.identity.UserDirectory;
import java.time.Duration;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service steps and expressions of bpmn/commission.bpmn: the answer task per target unit for that unit's
 * submitters, the reminder {@code briefing.commission.reminder-before} (P1D) before the deadline, and at the
 * deadline every unit that has not answered marked late (MISSED) while its task ends with the notice.
 */
@Component("commissionSteps")
public class CommissionSteps {

    private static final Logger log = LoggerFactory.getLogger(CommissionSteps.class);

    private final CommissionRepository commissions;
    private final UserDirectory directory;
    private final CommissionMail mail;
    private final Duration reminderBefore;

    CommissionSteps(CommissionRepository commissions, UserDirectory directory, CommissionMail mail,
                    @Value("${briefing.commission.reminder-before:P1D}") String reminderBefore) {
        this.commissions = commissions;
        this.directory = directory;
        this.mail = mail;
        this.reminderBefore = Duration.parse(reminderBefore); // fail at start-up, not at the first notice
    }

    /** One answer task per target unit that has not answered yet. */
    public List<Long> targetUnits(Long commissionId) {
        return commissions.responses(commissionId).stream().filter(r -> r.status() == ResponseStatus.OPEN)
                .map(UnitResponse::unitId).toList();
    }

    public String submitterGroup(Long unitId) {
        return Unit.submitterGroup(directory.findUnit(unitId).orElseThrow().code());
    }

    public Date deadline(Long commissionId) {
        return Date.from(load(commissionId).deadline());
    }

    /** The reminder's time; already past when the deadline is nearer than the lead time, so it fires at once. */
    public Date reminderAt(Long commissionId) {
        return Date.from(load(commissionId).deadline().minus(reminderBefore));
    }

    /**
     * 催办: the units still open are reminded by mail, and the reminder counted on the notice; those units. A unit
     * with no active submitter is left out: the reminder would reach nobody, and its count would say it had.
     */
    @Transactional
    public List<Long> remind(Long commissionId) {
        List<Long> open = targetUnits(commissionId);
        Set<Long> unanswerable = withoutSubmitter(open);
        List<Long> units = commissions.remindOpen(commissionId,
                open.stream().filter(unitId -> !unanswerable.contains(unitId)).toList());
        Commission commission = load(commissionId);
        units.forEach(unitId -> mail.reminder(commission, unitId));
        log.info("Commission {}: reminded {} unit(s) that have not answered yet", commissionId, units.size());
        return units;
    }

    /** Those of the units where nobody active holds the submitter role, so that nobody can answer for them. */
    Set<Long> withoutSubmitter(Collection<Long> unitIds) {
        return directory.unitIdsWithoutActive(Role.SUBMITTER, unitIds);
    }

    /** At the deadline: whoever has not answered is late. Their tasks end with the notice. */
    @Transactional
    public void markMissed(Long commissionId) {
        commissions.markMissed(commissionId);
    }

    @Transactional
    public void close(Long commissionId) {
        commissions.close(commissionId);
    }

    private Commission load(long commissionId) {
        return commissions.find(commissionId).orElseThrow();
    }
}
