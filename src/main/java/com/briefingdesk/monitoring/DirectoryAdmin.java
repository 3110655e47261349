package com.briefingdesk.monitoring;

import com.briefingdesk.article.ArticleService;
import com.briefingdesk.audit.AuditAction;
import com.briefingdesk.audit.AuditTrail;
import com.briefingdesk.audit.ChangeDetail;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.ContactDetails;
import com.briefingdesk.identity.LoginThrottle;
import com.briefingdesk.identity.PasswordPolicy;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.identity.UnitStaffing;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.PrintableText;
import com.briefingdesk.kernel.ValidationException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators keep the directory: units, people and their roles, passwords. A person leaves by deactivation,
 * never deletion (their name stays on what they did), and no task of theirs is left without someone to do it.
 */
@Service
class DirectoryAdmin {

    private final UserDirectory directory;
    private final PasswordEncoder passwordEncoder;
    private final TaskWatch taskWatch;
    private final TaskActions taskActions;
    private final RuntimeService runtimeService;
    private final LoginThrottle loginThrottle;
    private final PrintableText printable;
    private final AuditTrail audit;

    DirectoryAdmin(UserDirectory directory, PasswordEncoder passwordEncoder, TaskWatch taskWatch,
                   TaskActions taskActions, RuntimeService runtimeService, LoginThrottle loginThrottle,
                   PrintableText printable, AuditTrail audit) {
        this.loginThrottle = loginThrottle;
        this.printable = printable;
        this.directory = directory;
        this.passwordEncoder = passwordEncoder;
        this.taskWatch = taskWatch;
        this.taskActions = taskActions;
        this.runtimeService = runtimeService;
        this.audit = audit;
    }

    List<Unit> units(AppUser admin) {
        AdminOnly.require(admin, "units");
        return directory.findUnits();
    }

    List<AppUser> people(AppUser admin) {
        AdminOnly.require(admin, "people");
        return directory.findAll();
    }

    /** The roles the person's unit would be left with nobody in, were the person to keep only these roles. */
    List<Role> rolesLeftWithNobody(AppUser admin, AppUser person, Set<Role> keeps) {
        Unit unit = directory.findUnit(person.unitId()).orElseThrow();
        return new UnitStaffing(people(admin)).lostIf(person, keeps, unit);
    }

    @Transactional
    Unit createUnit(AppUser admin, NewUnit unit) {
        AdminOnly.require(admin, "units");
        refuse(unit.problems());
        // A unit's name is printed under its articles and on the 版记.
        printable.require(Map.of("name", unit.name()));
        if (directory.findUnitByCode(unit.code().strip()).isPresent()) {
            throw new ValidationException(Map.of("code", "directory.unit.code.taken"));
        }
        audit.record(admin, AuditAction.UNIT_CREATED, "unit", unit.code().strip(), unit.name().strip());
        return directory.createUnit(unit.code().strip(), unit.name().strip(), unit.kind());
    }

    /** Whether the unit's articles need its leader's approval (单位审核); applies to articles sent from now on. */
    @Transactional
    void setRequiresUnitApproval(AppUser admin, long unitId, boolean required) {
        AdminOnly.require(admin, "units");
        directory.findUnit(unitId).orElseThrow(() -> new NotFoundException("unit " + unitId));
        directory.setRequiresLeaderApproval(unitId, required);
    }

    @Transactional
    AppUser createPerson(AppUser admin, NewPerson person) {
        AdminOnly.require(admin, "people");
        refuse(person.problems());
        // A signatory's name is printed on the issue.
        printable.require(Map.of("displayName", person.displayName()));
        if (directory.findByUsername(person.username().strip()).isPresent()) {
            throw new ValidationException(Map.of("username", "directory.user.username.taken"));
        }
        directory.findUnit(person.unitId()).filter(Unit::active)
                .orElseThrow(() -> new ValidationException(Map.of("unit", "directory.field.required")));
        audit.record(admin, AuditAction.USER_CREATED, "user", person.username().strip(), "unit " + person.unitId()
                + " · " + person.roles());
        AppUser created = directory.createUser(person.username().strip(), person.displayName().strip(),
                person.unitId(), passwordEncoder.encode(person.password()), person.roles());
        return directory.setContact(created.id(), new ContactDetails(person.email(), null));
    }

    /**
     * Changes a person's name, addresses and roles. A role is not taken from someone who still holds tasks, or
     * articles whose revisions would come back to them: their work is handed over first (deactivation, 转办). Nor
     * does an administrator take the administrator's role from themselves.
     */
    @Transactional
    AppUser updatePerson(AppUser admin, long userId, PersonChange change) {
        AdminOnly.require(admin, "people");
        AppUser person = directory.findById(userId).filter(AppUser::active)
                .orElseThrow(() -> new NotFoundException("user " + userId));
        refuse(change.problems());
        printable.require(Map.of("displayName", change.displayName()));
        Set<Role> removed = EnumSet.noneOf(Role.class);
        removed.addAll(person.roles());
        removed.removeAll(change.roles());
        if (person.id() == admin.id() && removed.contains(Role.ADMIN)) {
            throw new ValidationException(Map.of("roles", "directory.user.roles.ownAdmin"));
        }
        if (!removed.isEmpty() && holdsWork(admin, person, removed)) {
            throw new ValidationException(Map.of("roles", "directory.user.roles.workHeld"));
        }
        if (taskWatch.leavesTasksWithNobody(person, groupsLeft(person, person.withRoles(change.roles())), false)) {
            throw new ValidationException(Map.of("roles", "directory.lastOfGroup"));
        }
        AppUser changed = directory.updatePerson(userId, change.displayName().strip(), change.contact(),
                change.roles());
        ChangeDetail detail = new ChangeDetail()
                .field("displayName", person.displayName(), changed.displayName())
                .field("email", person.email(), changed.email())
                .field("phone", person.phone(), changed.phone())
                .field("roles", new TreeSet<>(person.roles()), new TreeSet<>(changed.roles()));
        if (!detail.isEmpty()) {
            audit.record(admin, AuditAction.USER_UPDATED, "user", person.username(), detail.toString());
        }
        return changed;
    }

    private static Set<String> groupsLeft(AppUser before, AppUser after) {
        Set<String> left = new TreeSet<>(before.candidateGroups());
        left.removeAll(after.candidateGroups());
        return left;
    }

    private boolean holdsWork(AppUser admin, AppUser person, Set<Role> removed) {
        if (!taskWatch.assignedTo(admin, person.username(), Instant.now()).isEmpty()) {
            return true;
        }
        return removed.contains(Role.SUBMITTER) && runtimeService.createProcessInstanceQuery()
                .variableValueEquals(ArticleService.SUBMITTER_VARIABLE, person.username()).count() > 0;
    }

    /** Whether the person's login is locked after too many failed attempts. */
    boolean isLocked(AppUser admin, AppUser person) {
        AdminOnly.require(admin, "people");
        return loginThrottle.isLocked(person.username());
    }

    /** Opens a login locked after too many failed attempts, before its time. */
    void unlock(AppUser admin, AppUser person) {
        AdminOnly.require(admin, "people");
        loginThrottle.unlock(person.username());
    }

    @Transactional
    void resetPassword(AppUser admin, long userId, String password) {
        AdminOnly.require(admin, "people");
        if (userId == admin.id()) {
            // Their own goes through 我的账号, which asks for the current one: an open session left unattended
            // must not be enough to take over the administrator's login.
            refuse(Map.of("password", "directory.password.ownThroughAccount"));
        }
        PasswordPolicy.problem(password).ifPresent(key -> refuse(Map.of("password", key)));
        AppUser person = directory.findById(userId).orElseThrow(() -> new NotFoundException("user " + userId));
        directory.setPasswordHash(userId, passwordEncoder.encode(password));
        audit.record(admin, AuditAction.PASSWORD_RESET, "user", person.username(), null);
    }

    /**
     * Deactivates a person. Their group tasks go back to the group, or to the successor where one is named; their
     * personal tasks (a unit's revisions) and their unit's future revisions need a successor who may do them.
     * Refused, with nothing changed, when a task would be left without an owner.
     */
    @Transactional
    void deactivate(AppUser admin, long userId, String successor, String reason) {
        AdminOnly.require(admin, "people");
        AppUser leaving = directory.findById(userId).filter(AppUser::active)
                .orElseThrow(() -> new NotFoundException("user " + userId));
        if (leaving.id() == admin.id()) {
            throw new ValidationException(Map.of("successor", "directory.deactivate.self"));
        }
        if (reason == null || reason.isBlank()) {
            throw new ValidationException(Map.of("reason", "monitoring.reason.required"));
        }
        String heir = successor == null || successor.isBlank() ? null : successor.strip();
        if (taskWatch.leavesTasksWithNobody(leaving, Set.copyOf(leaving.candidateGroups()), heir == null)) {
            throw new ValidationException(Map.of("successor", "directory.lastOfGroup"));
        }
        for (WatchedTask task : taskWatch.assignedTo(admin, leaving.username(), Instant.now())) {
            if (heir != null) {
                requireEligible(admin, task.id(), heir);
                taskActions.handOver(admin, task.id(), heir, reason);
            } else if (taskActions.isGroupTask(task.id())) {
                taskActions.returnToGroup(admin, task.id(), reason);
            } else {
                throw new ValidationException(Map.of("successor", "directory.deactivate.successorRequired"));
            }
        }
        List<ProcessInstance> waitingForThem = runtimeService.createProcessInstanceQuery()
                .variableValueEquals(ArticleService.SUBMITTER_VARIABLE, leaving.username()).list();
        if (!waitingForThem.isEmpty()) {
            if (heir == null) {
                throw new ValidationException(Map.of("successor", "directory.deactivate.successorRequired"));
            }
            AppUser next = directory.findByUsername(heir).filter(AppUser::active)
                    .filter(u -> u.unitId() == leaving.unitId() && u.roles().stream().anyMatch(leaving.roles()::contains))
                    .orElseThrow(() -> new ValidationException(Map.of("successor",
                            "monitoring.assignee.notEligible")));
            waitingForThem.forEach(pi -> runtimeService.setVariable(pi.getId(), ArticleService.SUBMITTER_VARIABLE,
                    next.username()));
        }
        directory.setActive(leaving.id(), false);
        audit.record(admin, AuditAction.USER_DEACTIVATED, "user", leaving.username(), (heir == null ? "" : "→ " + heir + " · ") + reason.strip());
    }

    private void requireEligible(AppUser admin, String taskId, String username) {
        if (taskActions.successors(admin, taskId).stream().noneMatch(u -> u.username().equals(username))) {
            throw new ValidationException(Map.of("successor", "monitoring.assignee.notEligible"));
        }
    }

    private static void refuse(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
