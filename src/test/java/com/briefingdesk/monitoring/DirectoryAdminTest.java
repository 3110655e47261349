package com.briefingdesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.article.Article;
import com.briefingdesk.article.ArticleService;
import com.briefingdesk.article.TriageDecision;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.ValidationException;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Units, people, passwords, and deactivation that leaves no task without someone to do it. */
@BriefingDeskTest
class DirectoryAdminTest {

    @Autowired
    MonitoringFixtures fixtures;
    @Autowired
    DirectoryAdmin directoryAdmin;
    @Autowired
    UserDetailsService logins;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void createsAUnitAndAPersonWhoLogsInWithTheInitialPassword() {
        String code = "wx" + System.nanoTime();
        Unit unit = directoryAdmin.createUnit(fixtures.admin(), new NewUnit(code, "无锡市", Unit.Kind.MEMBER));
        assertThat(unit.code()).isEqualTo(code);
        assertThat(unit.active()).isTrue();

        String username = "wuxi" + System.nanoTime();
        AppUser person = directoryAdmin.createPerson(fixtures.admin(), new NewPerson(username, "无锡市报送员",
                unit.id(), EnumSet.of(Role.SUBMITTER, Role.RECIPIENT), "s3cret-pass", " wuxi@wuxi.gov.cn "));

        assertThat(person.roles()).containsExactlyInAnyOrder(Role.SUBMITTER, Role.RECIPIENT);
        assertThat(person.unitName()).isEqualTo("无锡市");
        assertThat(person.email()).isEqualTo("wuxi@wuxi.gov.cn");
        var login = logins.loadUserByUsername(username);
        assertThat(login.getPassword()).doesNotContain("s3cret-pass");
        assertThat(passwordEncoder.matches("s3cret-pass", login.getPassword())).isTrue();

        directoryAdmin.resetPassword(fixtures.admin(), person.id(), "another-pass");
        assertThat(passwordEncoder.matches("another-pass", logins.loadUserByUsername(username).getPassword()))
                .isTrue();
    }

    @Test
    void anAdministratorsOwnPasswordIsNotResetHereButUnderMyAccount() {
        AppUser admin = fixtures.admin();
        String before = logins.loadUserByUsername(admin.username()).getPassword();
        assertThatThrownBy(() -> directoryAdmin.resetPassword(admin, admin.id(), "taken-over-1"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsExactly(java.util.Map.entry("password", "directory.password.ownThroughAccount")));
        assertThat(logins.loadUserByUsername(admin.username()).getPassword()).isEqualTo(before);
    }

    @Test
    void anAdministratorChangesAPersonsNameAddressesAndRolesAndTheTrailSaysWhat() {
        AppUser person = fixtures.person(fixtures.freshUnit(), EnumSet.of(Role.SUBMITTER));

        AppUser changed = directoryAdmin.updatePerson(fixtures.admin(), person.id(), new PersonChange(" 王敏 ",
                " wangmin@ks.gov.cn ", "0512-5733 0000", EnumSet.of(Role.SUBMITTER, Role.RECIPIENT)));

        assertThat(changed.displayName()).isEqualTo("王敏");
        assertThat(changed.email()).isEqualTo("wangmin@ks.gov.cn");
        assertThat(changed.phone()).isEqualTo("0512-5733 0000");
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.SUBMITTER, Role.RECIPIENT);
        assertThat(changed.candidateGroups()).contains(Unit.recipientGroup(person.unitCode()));
        assertThat(jdbc.sql("select detail from audit_event where action = 'USER_UPDATED' and object_id = :u")
                .param("u", person.username()).query(String.class).single())
                .contains("displayName: " + person.displayName() + " → 王敏", "email: - → wangmin@ks.gov.cn",
                        "roles: [SUBMITTER] → [SUBMITTER, RECIPIENT]");

        directoryAdmin.updatePerson(fixtures.admin(), person.id(), new PersonChange("王敏", "", " ",
                EnumSet.of(Role.SUBMITTER, Role.RECIPIENT)));
        assertThat(fixtures.directory.findById(person.id()).orElseThrow().email()).as("blank is none").isNull();
    }

    @Test
    void aRoleStaysWithWhoeverStillHoldsItsWorkAndBadInputIsMarkedAtItsField() {
        AppUser submitter = fixtures.submitter(fixtures.freshUnit());
        fixtures.triaged(submitter, TriageDecision.RETURN); // the revision is theirs now

        assertThatThrownBy(() -> directoryAdmin.updatePerson(fixtures.admin(), submitter.id(), new PersonChange(
                submitter.displayName(), null, null, EnumSet.of(Role.RECIPIENT))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsExactly(java.util.Map.entry("roles", "directory.user.roles.workHeld")));
        assertThat(directoryAdmin.updatePerson(fixtures.admin(), submitter.id(), new PersonChange(
                submitter.displayName(), null, null, EnumSet.of(Role.SUBMITTER, Role.RECIPIENT))).roles())
                .as("a role given is no trouble").contains(Role.RECIPIENT);

        assertThatThrownBy(() -> directoryAdmin.updatePerson(fixtures.admin(), fixtures.admin().id(),
                new PersonChange("管理员", null, null, EnumSet.of(Role.EDITOR))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("roles", "directory.user.roles.ownAdmin"));
        assertThatThrownBy(() -> directoryAdmin.updatePerson(fixtures.admin(), submitter.id(),
                new PersonChange(" ", "wang@", "电话", EnumSet.noneOf(Role.class))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("displayName", "directory.field.required")
                        .containsEntry("email", "directory.user.email.invalid")
                        .containsEntry("phone", "directory.user.phone.invalid")
                        .containsEntry("roles", "directory.user.roles.required"));
        assertThatThrownBy(() -> directoryAdmin.updatePerson(submitter, submitter.id(), new PersonChange(
                "王敏", null, null, EnumSet.of(Role.ADMIN))))
                .as("only administrators").isInstanceOf(NotFoundException.class);
        assertThat(fixtures.directory.findById(submitter.id()).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.SUBMITTER, Role.RECIPIENT);
    }

    @Test
    void refusesBadInputFieldByField() {
        assertThatThrownBy(() -> directoryAdmin.createUnit(fixtures.admin(), new NewUnit("Bad Code", " ", null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("code", "directory.unit.code.invalid")
                        .containsEntry("name", "directory.field.required")
                        .containsEntry("kind", "directory.field.required"));
        assertThatThrownBy(() -> directoryAdmin.createUnit(fixtures.admin(),
                new NewUnit("kunshan", "昆山", Unit.Kind.MEMBER)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("code", "directory.unit.code.taken"));
        assertThatThrownBy(() -> directoryAdmin.createPerson(fixtures.admin(),
                new NewPerson("editor", "", null, EnumSet.noneOf(Role.class), "short", "wuxi@")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("displayName", "directory.field.required")
                        .containsEntry("email", "directory.user.email.invalid")
                        .containsEntry("unit", "directory.field.required")
                        .containsEntry("roles", "directory.user.roles.required")
                        .containsEntry("password", "directory.password.tooShort"));
        long office = fixtures.directory.findUnitByCode("office").orElseThrow().id();
        assertThatThrownBy(() -> directoryAdmin.createPerson(fixtures.admin(),
                new NewPerson("editor", "重名", office, EnumSet.of(Role.EDITOR), "long-enough", null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("username", "directory.user.username.taken"));
        assertThatThrownBy(() -> directoryAdmin.createUnit(fixtures.user("editor"),
                new NewUnit("x1", "x", Unit.Kind.MEMBER))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anEditorsClaimedTaskGoesBackToTheEditorsWhenTheyLeaveWithoutSuccessor() {
        AppUser leaving = fixtures.officeEditor();
        Article article = fixtures.submitted(fixtures.submitter(fixtures.freshUnit()));
        Task triage = fixtures.openTask(article.processInstanceId());
        fixtures.taskService.claim(triage.getId(), leaving.username());

        directoryAdmin.deactivate(fixtures.admin(), leaving.id(), null, "调离");

        Task after = fixtures.openTask(article.processInstanceId());
        assertThat(after.getAssignee()).isNull();
        assertThat(candidateGroups(after)).containsExactly("editors");
        assertThat(fixtures.directory.findById(leaving.id()).orElseThrow().active()).isFalse();
        assertThatThrownBy(() -> logins.loadUserByUsername(leaving.username()))
                .isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void aSubmitterWithARevisionCannotLeaveWithoutASuccessorOfTheSameUnit() {
        Unit unit = fixtures.freshUnit();
        AppUser leaving = fixtures.submitter(unit);
        AppUser colleague = fixtures.submitter(unit);
        Article returned = fixtures.triaged(leaving, TriageDecision.RETURN);
        Article inTriage = fixtures.submitted(leaving);

        assertThatThrownBy(() -> directoryAdmin.deactivate(fixtures.admin(), leaving.id(), null, "退休"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("successor", "directory.deactivate.successorRequired"));
        assertThatThrownBy(() -> directoryAdmin.deactivate(fixtures.admin(), leaving.id(), "kunshan", "退休"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("successor", "monitoring.assignee.notEligible"));
        assertThat(fixtures.openTask(returned.processInstanceId()).getAssignee()).isEqualTo(leaving.username());
        assertThat(fixtures.directory.findById(leaving.id()).orElseThrow().active()).isTrue();

        directoryAdmin.deactivate(fixtures.admin(), leaving.id(), colleague.username(), "退休，由同事接办");

        assertThat(fixtures.openTask(returned.processInstanceId()).getAssignee()).isEqualTo(colleague.username());
        // The article still in triage would come back to its submitter: it now comes back to the colleague.
        assertThat(runtimeService.getVariable(inTriage.processInstanceId(), ArticleService.SUBMITTER_VARIABLE))
                .isEqualTo(colleague.username());
        for (String pi : List.of(returned.processInstanceId(), inTriage.processInstanceId())) {
            for (Task task : fixtures.taskService.createTaskQuery().processInstanceId(pi).list()) {
                assertThat(task.getAssignee() != null || !candidateGroups(task).isEmpty())
                        .as("task %s has an owner or a group", task.getName()).isTrue();
                assertThat(task.getAssignee()).isNotEqualTo(leaving.username());
            }
        }
        assertThat(fixtures.directory.findById(leaving.id()).orElseThrow().active()).isFalse();
    }

    @Test
    void theLastOfARoleWithTasksWaitingKeepsItUntilSomeoneElseHoldsIt() {
        Unit unit = fixtures.freshUnit();
        fixtures.directory.setRequiresLeaderApproval(unit.id(), true);
        AppUser leader = fixtures.person(unit, EnumSet.of(Role.UNIT_LEADER, Role.RECIPIENT));
        Article waiting = fixtures.submitted(fixtures.submitter(unit)); // waits for the unit's leaders

        assertThatThrownBy(() -> directoryAdmin.updatePerson(fixtures.admin(), leader.id(), new PersonChange(
                leader.displayName(), null, null, EnumSet.of(Role.RECIPIENT))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsExactly(java.util.Map.entry("roles", "directory.lastOfGroup")));
        assertThatThrownBy(() -> directoryAdmin.deactivate(fixtures.admin(), leader.id(), null, "调离"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsExactly(java.util.Map.entry("successor", "directory.lastOfGroup")));
        AppUser unchanged = fixtures.directory.findById(leader.id()).orElseThrow();
        assertThat(unchanged.active()).isTrue();
        assertThat(unchanged.roles()).contains(Role.UNIT_LEADER);

        AppUser next = fixtures.person(unit, EnumSet.of(Role.UNIT_LEADER));
        directoryAdmin.deactivate(fixtures.admin(), leader.id(), null, "调离");

        assertThat(fixtures.directory.findById(leader.id()).orElseThrow().active()).isFalse();
        assertThat(fixtures.taskService.createTaskQuery().taskCandidateGroupIn(next.candidateGroups())
                .processInstanceId(waiting.processInstanceId()).count()).as("the new leader can take it").isOne();
    }

    @Test
    void anAdministratorCannotDeactivateThemselves() {
        assertThatThrownBy(() -> directoryAdmin.deactivate(fixtures.admin(), fixtures.admin().id(), null, "x"))
                .isInstanceOf(ValidationException.class);
        assertThat(fixtures.admin().active()).isTrue();
    }

    private List<String> candidateGroups(Task task) {
        return fixtures.taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(l -> l.getGroupId()).toList();
    }
}
