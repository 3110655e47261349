package com.briefingdesk.approval;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.Office;
import com.briefingdesk.article.Article;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.task.TaskInbox;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 委托: a task created for a person while they are away goes to their deputy, who acts on their behalf; after the
 * period it is the person's again. Bad periods and deputies are refused with a reason and store nothing.
 */
@BriefingDeskTest
class AwayDelegationsTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    ApprovalFixtures fixtures;
    @Autowired
    AwayDelegations delegations;
    @Autowired
    TaskActionLog actionLog;
    @Autowired
    TaskInbox inbox;

    final LocalDate today = Office.today();

    @BeforeEach
    void engine() {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void aRevisionCreatedWhileTheSubmitterIsAwayGoesToTheDeputyAndAfterThePeriodToTheSubmitter() {
        Unit unit = fixtures.freshUnit();
        AppUser away = fixtures.submitter(unit);
        AppUser deputy = fixtures.submitter(unit);
        delegations.create(away, deputy.username(), today, today.plusDays(1), Instant.now());

        Article during = fixtures.returned(away);
        Task revision = fixtures.openTask(during.processInstanceId());
        assertThat(revision).isAssignedTo(deputy.username());
        Assertions.assertThat(revision.getOwner()).isEqualTo(away.username());
        Assertions.assertThat(actionLog.ofProcess(during.processInstanceId()))
                .filteredOn(e -> e.kind() == TaskActionLog.Kind.DEPUTIZED).singleElement().satisfies(e -> {
                    Assertions.assertThat(e.actorName()).isEqualTo(deputy.displayName());
                    Assertions.assertThat(e.onBehalfOf()).isEqualTo(away.displayName());
                });
        Assertions.assertThat(inbox.assignedTo(deputy)).filteredOn(t -> t.id().equals(revision.getId()))
                .singleElement().satisfies(t -> {
                    Assertions.assertThat(t.ownerName()).isEqualTo(away.displayName());
                    Assertions.assertThat(t.askedForOpinion()).isFalse();
                });
        Assertions.assertThat(inbox.assignedTo(away)).isEmpty();

        // two days on the delegation is over by itself: nothing ended it
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(3))));
        Article after = fixtures.returned(away);
        assertThat(fixtures.openTask(after.processInstanceId())).isAssignedTo(away.username());
        Assertions.assertThat(actionLog.ofProcess(after.processInstanceId()))
                .noneMatch(e -> e.kind() == TaskActionLog.Kind.DEPUTIZED);
    }

    @Test
    void aDelegationEndedEarlyNoLongerHandsTasksOn() {
        Unit unit = fixtures.freshUnit();
        AppUser away = fixtures.submitter(unit);
        AppUser deputy = fixtures.submitter(unit);
        AwayDelegations.Delegation delegation = delegations.create(away, deputy.username(), today, today.plusDays(5),
                Instant.now());
        Assertions.assertThat(delegations.of(away, Instant.now())).extracting(AwayDelegations.Delegation::id)
                .containsExactly(delegation.id());

        delegations.end(away, delegation.id(), Instant.now());

        Assertions.assertThat(delegations.of(away, Instant.now())).isEmpty();
        assertThat(fixtures.openTask(fixtures.returned(away).processInstanceId())).isAssignedTo(away.username());
    }

    @Test
    void selfPastOverlappingAndRolelessDelegationsAreRefusedWithAReasonAtTheField() {
        Unit unit = fixtures.freshUnit();
        AppUser away = fixtures.submitter(unit);
        AppUser deputy = fixtures.submitter(unit);
        AppUser recipient = fixtures.person(unit, EnumSet.of(Role.RECIPIENT));
        AppUser otherUnit = fixtures.submitter(fixtures.freshUnit());
        Instant now = Instant.now();

        refused(() -> delegations.create(away, away.username(), today, today, now), "deputy", "approval.away.deputy.self");
        refused(() -> delegations.create(away, recipient.username(), today, today, now), "deputy",
                "approval.away.deputy.notEligible");
        refused(() -> delegations.create(away, otherUnit.username(), today, today, now), "deputy",
                "approval.away.deputy.notEligible");
        refused(() -> delegations.create(away, null, today, today, now), "deputy", "approval.away.deputy.required");
        refused(() -> delegations.create(away, deputy.username(), today.minusDays(1), today, now), "start",
                "approval.away.start.past");
        refused(() -> delegations.create(away, deputy.username(), today.plusDays(3), today.plusDays(2), now), "end",
                "approval.away.end.beforeStart");
        Assertions.assertThat(delegations.of(away, now)).isEmpty();

        delegations.create(away, deputy.username(), today.plusDays(2), today.plusDays(4), now);
        refused(() -> delegations.create(away, deputy.username(), today.plusDays(4), today.plusDays(6), now), "start",
                "approval.away.overlap");
        delegations.create(away, deputy.username(), today.plusDays(5), today.plusDays(6), now);
        Assertions.assertThat(delegations.deputies(away)).extracting(AppUser::username).containsExactly(deputy.username());
        Assertions.assertThat(delegations.of(away, now)).hasSize(2);
        // a delegation not yet begun does not hand anything on
        assertThat(fixtures.openTask(fixtures.returned(away).processInstanceId())).isAssignedTo(away.username());
    }

    private static void refused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ValidationException.class,
                e -> Assertions.assertThat(e.fieldMessageKeys()).containsEntry(field, key));
    }
}
