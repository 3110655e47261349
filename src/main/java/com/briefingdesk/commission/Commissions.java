package com.briefingdesk.commission;

import com.briefingdesk.audit.AuditAction;
import com.briefingdesk.audit.AuditTrail;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ValidationException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's side of commissions (约稿): editors issue a notice to some or all units and follow who answered,
 * who declined and who is late. Administrators may follow too; anyone else is answered as not found.
 */
@Service
public class Commissions {

    public static final String PROCESS_KEY = "commission";

    private final CommissionRepository commissions;
    private final UserDirectory directory;
    private final RuntimeService runtimeService;
    private final CommissionMail mail;
    private final OfficeClock clock;
    private final CommissionSteps steps;
    private final AuditTrail audit;

    Commissions(CommissionRepository commissions, UserDirectory directory, RuntimeService runtimeService,
                CommissionMail mail, OfficeClock clock, CommissionSteps steps, AuditTrail audit) {
        this.commissions = commissions;
        this.directory = directory;
        this.runtimeService = runtimeService;
        this.mail = mail;
        this.clock = clock;
        this.steps = steps;
        this.audit = audit;
    }

    static boolean mayIssue(AppUser user) {
        return user.has(Role.EDITOR);
    }

    static boolean mayFollow(AppUser user) {
        return user.has(Role.EDITOR) || user.has(Role.ADMIN);
    }

    /** The units a commission may go to: every active submitting unit. */
    public List<Unit> targetableUnits() {
        return directory.findUnits().stream().filter(u -> u.kind() == Unit.Kind.MEMBER && u.active()).toList();
    }

    /** Of the units a notice would go to, those with no active submitter to answer it. */
    public List<Unit> withoutSubmitter(boolean allUnits, Collection<Unit> chosen) {
        List<Long> ids = (allUnits ? targetableUnits() : chosen).stream().map(Unit::id).toList();
        return directory.unitsWithoutActive(Role.SUBMITTER, ids);
    }

    /**
     * Issues the notice: one response row per target unit and the commission process, which gives each unit's
     * submitters an answer task. A past deadline or no target unit is refused at its field.
     */
    @Transactional
    public Commission issue(AppUser user, CommissionNotice notice) {
        if (!mayIssue(user)) {
            throw new NotFoundException("commissions");
        }
        notice.validate(clock.now(), clock.zone());
        Set<Long> targetable = targetableUnits().stream().map(Unit::id).collect(Collectors.toSet());
        List<Long> targets = notice.isAllUnits() ? List.copyOf(targetable)
                : notice.getUnitIds().stream().sorted().toList();
        if (targets.isEmpty() || !targetable.containsAll(targets)) {
            throw new ValidationException(Map.of("units", "commission.units.required"));
        }
        long id = commissions.insert(notice.getTopic().strip(), notice.getRequirements().strip(),
                notice.deadlineInstant(clock.zone()), notice.isAllUnits(), user.id());
        targets.forEach(unitId -> commissions.addUnit(id, unitId));
        ProcessInstance process = runtimeService.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(id),
                Map.of("commissionId", id));
        commissions.setProcessInstance(id, process.getId());
        Commission commission = commissions.find(id).orElseThrow();
        targets.forEach(unitId -> mail.issued(commission, unitId));
        audit.record(user, AuditAction.COMMISSION_ISSUED, PROCESS_KEY, id, commission.topic());
        return commission;
    }

    public List<Commission> all(AppUser user) {
        if (!mayFollow(user)) {
            throw new NotFoundException("commissions");
        }
        return commissions.all();
    }

    /** Per notice, how many of the units asked have answered or declined: the list's 答复 m / n. */
    public Map<Long, Commission.Answers> answers(AppUser user) {
        if (!mayFollow(user)) {
            throw new NotFoundException("commissions");
        }
        return commissions.answers();
    }

    public Commission find(AppUser user, long id) {
        if (!mayFollow(user)) {
            throw new NotFoundException("commission " + id);
        }
        return commissions.find(id).orElseThrow(() -> new NotFoundException("commission " + id));
    }

    /**
     * 催办 at once, by an editor or administrator, for every unit that has not answered a notice still open, as the
     * timer does before the deadline; the units reminded. A closed notice is refused.
     */
    @Transactional
    public List<Long> remindOpenNow(AppUser user, long id) {
        if (!find(user, id).open()) {
            throw new ValidationException(Map.of("remind", "commission.remind.closed"));
        }
        List<Long> units = steps.remind(id);
        Map<Long, String> names = commissions.responses(id).stream()
                .collect(Collectors.toMap(UnitResponse::unitId, UnitResponse::unitName));
        units.forEach(unitId -> audit.record(user, AuditAction.COMMISSION_REMINDED, PROCESS_KEY, id,
                names.get(unitId)));
        return units;
    }

    /** Of the units still to answer, those with no active submitter: nobody there can answer, or be reminded. */
    public Set<Long> unanswerable(List<UnitResponse> responses) {
        return steps.withoutSubmitter(responses.stream().filter(r -> r.status() == ResponseStatus.OPEN)
                .map(UnitResponse::unitId).toList());
    }

    /** Per target unit: answered (with its articles), declined (and why), late, or still open. */
    public List<UnitResponse> responses(AppUser user, long id) {
        find(user, id);
        return commissions.responses(id);
    }
}
