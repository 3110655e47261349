package com.briefingdesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.article.Article;
import com.briefingdesk.article.TriageDecision;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.kernel.BundleI18NProvider;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.TypedText;
import com.briefingdesk.kernel.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 转办, due dates and 催办: who may take a task over, what is refused, and that each act is recorded with why. */
@BriefingDeskTest
class TaskActionsTest {

    @Autowired
    MonitoringFixtures fixtures;
    @Autowired
    TaskActions actions;
    @Autowired
    ProcessInsight insight;

    @Test
    void aTriageTaskGoesToAnotherEditorAndTheTimelineSaysWhoDidItAndWhy() {
        Article article = fixtures.submitted(fixtures.submitter(fixtures.freshUnit()));
        AppUser successor = fixtures.officeEditor();
        String taskId = fixtures.openTask(article.processInstanceId()).getId();

        assertThat(actions.successors(fixtures.admin(), taskId)).extracting(AppUser::username)
                .contains("editor", "editor2", successor.username()).doesNotContain("reviewer", "kunshan", "admin");
        actions.reassign(fixtures.admin(), taskId, successor.username(), "王敏休假，由新同事接办");

        assertThat(fixtures.openTask(article.processInstanceId()).getAssignee()).isEqualTo(successor.username());
        assertThat(insight.detail(fixtures.admin(), "article", article.id(), BundleI18NProvider.CHINESE).timeline())
                .filteredOn(e -> e.source() == TimelineEntry.Source.ADMIN).singleElement().satisfies(e -> {
                    assertThat(e.what()).isEqualTo("monitoring.action.REASSIGNED");
                    assertThat(e.who()).isEqualTo(fixtures.admin().displayName());
                    assertThat(e.opinion()).startsWith("稿件初审 → " + successor.username())
                            .endsWith("王敏休假，由新同事接办");
                });
    }

    @Test
    void aTransferToSomeoneWithoutTheRoleOrWithoutAReasonIsRefusedAndChangesNothing() {
        Article article = fixtures.submitted(fixtures.submitter(fixtures.freshUnit()));
        String taskId = fixtures.openTask(article.processInstanceId()).getId();

        assertThatThrownBy(() -> actions.reassign(fixtures.admin(), taskId, "reviewer", "审核人顶替"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("assignee", "monitoring.assignee.notEligible"));
        assertThatThrownBy(() -> actions.reassign(fixtures.admin(), taskId, "editor2", "休假\u0000"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("reason", TypedText.UNSTORABLE));
        assertThatThrownBy(() -> actions.reassign(fixtures.admin(), taskId, "editor2", "  "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("reason", "monitoring.reason.required"));
        assertThatThrownBy(() -> actions.reassign(fixtures.user("editor"), taskId, "editor2", "越权"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> actions.reassign(fixtures.admin(), "no-such-task", "editor2", "原因"))
                .isInstanceOf(NotFoundException.class);

        assertThat(fixtures.openTask(article.processInstanceId()).getAssignee()).isNull();
        assertThat(insight.detail(fixtures.admin(), "article", article.id(), BundleI18NProvider.CHINESE).timeline())
                .noneMatch(e -> e.source() == TimelineEntry.Source.ADMIN);
    }

    @Test
    void aRevisionGoesOnlyToAnotherSubmitterOfTheSameUnit() {
        Unit unit = fixtures.freshUnit();
        AppUser submitter = fixtures.submitter(unit);
        AppUser colleague = fixtures.submitter(unit);
        fixtures.person(unit, EnumSet.of(Role.RECIPIENT));
        Article returned = fixtures.triaged(submitter, TriageDecision.RETURN);
        String revise = fixtures.openTask(returned.processInstanceId()).getId();

        assertThat(actions.successors(fixtures.admin(), revise)).extracting(AppUser::username)
                .containsExactly(colleague.username());
        assertThatThrownBy(() -> actions.reassign(fixtures.admin(), revise, "kunshan", "换人"))
                .isInstanceOf(ValidationException.class);
        actions.reassign(fixtures.admin(), revise, colleague.username(), "原报送员调岗");
        assertThat(fixtures.openTask(returned.processInstanceId()).getAssignee()).isEqualTo(colleague.username());
    }

    @Test
    void aDueDateIsSetForTheFutureOnlyAndAReminderIsRecorded() {
        Article article = fixtures.submitted(fixtures.submitter(fixtures.freshUnit()));
        String taskId = fixtures.openTask(article.processInstanceId()).getId();
        Instant now = Instant.now();
        Instant due = now.plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);

        assertThatThrownBy(() -> actions.setDue(fixtures.admin(), taskId, now.minusSeconds(60), now, "赶时间"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("due", "monitoring.due.past"));
        actions.setDue(fixtures.admin(), taskId, due, now, "本期简报周五付印");
        actions.remind(fixtures.admin(), taskId, "请今日内完成初审");

        Task task = fixtures.openTask(article.processInstanceId());
        assertThat(task.getDueDate().toInstant()).isEqualTo(due);
        assertThat(insight.detail(fixtures.admin(), "article", article.id(), BundleI18NProvider.CHINESE).timeline())
                .filteredOn(e -> e.source() == TimelineEntry.Source.ADMIN)
                .extracting(TimelineEntry::what)
                .containsExactly("monitoring.action.DUE_DATE_SET", "monitoring.action.REMINDED");
    }
}
