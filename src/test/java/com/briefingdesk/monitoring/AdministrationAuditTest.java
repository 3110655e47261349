package com.briefingdesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.article.Article;
import com.briefingdesk.audit.AuditAction;
import com.briefingdesk.audit.AuditEvent;
import com.briefingdesk.audit.AuditQuery;
import com.briefingdesk.audit.AuditSearch;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.Unit;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Administrators' acts on the directory and on tasks are in the audit trail, without the passwords they set. */
@BriefingDeskTest
class AdministrationAuditTest {

    @Autowired
    MonitoringFixtures fixtures;
    @Autowired
    DirectoryAdmin directoryAdmin;
    @Autowired
    TaskActions actions;
    @Autowired
    AuditSearch search;

    List<AuditEvent> about(String objectType, String objectId) {
        return search.search(fixtures.admin(), new AuditQuery("admin", null, objectType, objectId, null, null, null));
    }

    @Test
    void createResetAndDeactivateArePeopleActsOfTheAdministrator() {
        String code = "au" + System.nanoTime();
        Unit unit = directoryAdmin.createUnit(fixtures.admin(), new NewUnit(code, "审计市", Unit.Kind.MEMBER));
        String username = "aud" + System.nanoTime();
        AppUser person = directoryAdmin.createPerson(fixtures.admin(), new NewPerson(username, "审计员", unit.id(),
                EnumSet.of(Role.SUBMITTER), "first-secret-1", null));
        directoryAdmin.resetPassword(fixtures.admin(), person.id(), "second-secret-2");
        directoryAdmin.deactivate(fixtures.admin(), person.id(), null, "调离本单位");

        assertThat(about("unit", code)).extracting(AuditEvent::action).containsExactly(AuditAction.UNIT_CREATED);
        assertThat(about("user", username)).extracting(AuditEvent::action, AuditEvent::detail).containsExactly(
                tuple(AuditAction.USER_DEACTIVATED, "调离本单位"),
                tuple(AuditAction.PASSWORD_RESET, null),
                tuple(AuditAction.USER_CREATED, "unit " + unit.id() + " · [SUBMITTER]"));
        assertThat(about("user", username)).noneMatch(e -> String.valueOf(e.detail()).contains("secret"));
    }

    @Test
    void transferDueDateAndReminderOfATaskAreRecorded() {
        Article article = fixtures.submitted(fixtures.submitter(fixtures.freshUnit()));
        String taskId = fixtures.openTask(article.processInstanceId()).getId();
        actions.reassign(fixtures.admin(), taskId, "editor2", "休假转办");
        Instant due = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        actions.setDue(fixtures.admin(), taskId, due, Instant.now(), "加急");
        actions.remind(fixtures.admin(), taskId, "请今日办结");

        assertThat(about("task", taskId)).extracting(AuditEvent::action).containsExactly(
                AuditAction.TASK_REMINDED, AuditAction.TASK_DUE_DATE_SET, AuditAction.TASK_REASSIGNED);
        assertThat(about("task", taskId).get(2).detail()).contains("→ editor2", "休假转办");
        assertThat(about("task", taskId).get(1).detail()).contains(due.toString(), "加急");
    }
}
