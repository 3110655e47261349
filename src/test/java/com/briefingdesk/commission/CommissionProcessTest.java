package com.briefingdesk.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.Office;
import com.briefingdesk.article.Article;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.kernel.TypedText;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.task.TaskNotAvailableException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every path of bpmn/commission.bpmn on the application's engine and PostgreSQL: answer, decline, all answered
 * before the deadline, the reminder before it, and the late units at it. The test fires the timers itself.
 */
@BriefingDeskTest
class CommissionProcessTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    CommissionFixtures fixtures;
    @Autowired
    Commissions commissions;
    @Autowired
    CommissionAnswers answers;
    @Autowired
    JdbcClient jdbc;

    Unit north;
    Unit south;
    AppUser northSubmitter;
    AppUser southSubmitter;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        north = fixtures.freshUnit("北区");
        south = fixtures.freshUnit("南区");
        northSubmitter = fixtures.submitter(north);
        southSubmitter = fixtures.submitter(south);
    }

    ProcessInstance process(Commission commission) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(commission.processInstanceId())
                .singleResult();
    }

    UnitResponse responseOf(Commission commission, Unit unit) {
        return commissions.responses(fixtures.user("editor"), commission.id()).stream()
                .filter(r -> r.unitId() == unit.id()).findFirst().orElseThrow();
    }

    @Test
    void eachTargetUnitGetsAnAnswerTaskForItsSubmittersDueAtTheDeadline() {
        Commission commission = fixtures.issued("乡村文明建设经验", north, south);

        BpmnAwareTests.assertThat(process(commission)).isWaitingAt("Task_Answer");
        List<Task> tasks = fixtures.answerTasks(commission);
        assertThat(tasks).hasSize(2).allSatisfy(task -> {
            assertThat(task.getFormKey()).isEqualTo("commission-answer");
            assertThat(task.getDueDate().toInstant()).isEqualTo(commission.deadline());
        });
        assertThat(tasks).extracting(t -> fixtures.taskService.getIdentityLinksForTask(t.getId()).get(0).getGroupId())
                .containsExactlyInAnyOrder(Unit.submitterGroup(north.code()), Unit.submitterGroup(south.code()));
        assertThat(northSubmitter.candidateGroups()).contains("unit-" + north.code() + "-submitters");
        assertThat(commissions.responses(fixtures.user("editor"), commission.id()))
                .extracting(UnitResponse::status).containsOnly(ResponseStatus.OPEN);
    }

    @Test
    void aUnitAnswersWithItsArticlesAndTheOtherDeclinesSoTheNoticeClosesBeforeTheDeadline() {
        Commission commission = fixtures.issued("文明实践志愿服务", north, south);
        ProcessInstance pi = process(commission);
        Article first = fixtures.submitted(northSubmitter, "北区志愿服务做法一");
        Article second = fixtures.submitted(northSubmitter, "北区志愿服务做法二");

        answers.answer(northSubmitter, fixtures.taskOf(commission, north), List.of(first.id(), second.id()));

        UnitResponse answered = responseOf(commission, north);
        assertThat(answered.status()).isEqualTo(ResponseStatus.ANSWERED);
        assertThat(answered.answeredByName()).isEqualTo(northSubmitter.displayName());
        assertThat(answered.articles()).extracting(UnitResponse.LinkedArticle::id)
                .containsExactlyInAnyOrder(first.id(), second.id());
        BpmnAwareTests.assertThat(process(commission)).isWaitingAt("Task_Answer");
        assertThat(fixtures.answerTasks(commission)).hasSize(1);

        answers.decline(southSubmitter, fixtures.taskOf(commission, south), "本月无相关工作开展");

        UnitResponse declined = responseOf(commission, south);
        assertThat(declined.status()).isEqualTo(ResponseStatus.DECLINED);
        assertThat(declined.declineReason()).isEqualTo("本月无相关工作开展");
        BpmnAwareTests.assertThat(pi).hasPassed("Task_Answer", "Task_Close", "EndEvent_Closed")
                .hasNotPassed("Task_MarkMissed", "Task_Remind").isEnded();
        assertThat(commissions.find(fixtures.user("editor"), commission.id()).open()).isFalse();
        assertThat(managementService.createJobQuery().processInstanceId(commission.processInstanceId()).count())
                .as("the reminder and deadline timers go with the notice").isZero();
    }

    @Test
    void declineNeedsAReasonAndAnAnswerNeedsAnArticleOfTheUnit() {
        Commission commission = fixtures.issued("移风易俗", north, south);
        String task = fixtures.taskOf(commission, north);
        Article southArticle = fixtures.submitted(southSubmitter, "南区移风易俗");

        assertThatThrownBy(() -> answers.decline(northSubmitter, task, "  "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("reason", "commission.decline.reasonRequired"));
        assertThatThrownBy(() -> answers.decline(northSubmitter, task, "人手\u0000不足"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("reason", TypedText.UNSTORABLE));
        assertThatThrownBy(() -> answers.answer(northSubmitter, task, List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("articles", "commission.answer.articlesRequired"));
        assertThatThrownBy(() -> answers.answer(northSubmitter, task, List.of(southArticle.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("articles", "commission.answer.notAnswerable"));
        assertThatThrownBy(() -> answers.taskOf(southSubmitter, task))
                .as("another unit's task is not there for them").isInstanceOf(TaskNotAvailableException.class);
        assertThat(responseOf(commission, north).status()).isEqualTo(ResponseStatus.OPEN);
        assertThat(fixtures.answerTasks(commission)).hasSize(2);
    }

    @Test
    void theReminderFiresADayBeforeTheDeadlineForTheUnitsStillOpen() {
        Commission commission = fixtures.issued("网络文明建设", north, south);
        answers.decline(southSubmitter, fixtures.taskOf(commission, south), "人手不足");
        Job reminder = fixtures.timer(commission, "BoundaryEvent_Reminder");
        assertThat(reminder.getDuedate().toInstant()).isEqualTo(commission.deadline().minus(Duration.ofDays(1)));

        managementService.executeJob(reminder.getId());

        BpmnAwareTests.assertThat(process(commission)).hasPassed("Task_Remind", "EndEvent_Reminded")
                .isWaitingAt("Task_Answer");
        assertThat(responseOf(commission, north).reminders()).isEqualTo(1);
        assertThat(responseOf(commission, north).lastRemindedAt()).isNotNull();
        assertThat(responseOf(commission, south).reminders()).as("a unit that declined is left alone").isZero();
        assertThat(fixtures.answerTasks(commission)).hasSize(1);
        assertThat(fixtures.timer(commission, "BoundaryEvent_Reminder")).as("once only").isNull();
        assertThat(fixtures.timer(commission, "BoundaryEvent_Deadline")).isNotNull();
    }

    @Test
    void atTheDeadlineTheUnitsThatHaveNotAnsweredAreLateAndTheirTasksEnd() {
        Commission commission = fixtures.issued("新时代文明实践", north, south);
        ProcessInstance pi = process(commission);
        Article article = fixtures.submitted(northSubmitter, "北区文明实践站建设");
        answers.answer(northSubmitter, fixtures.taskOf(commission, north), List.of(article.id()));
        Job deadline = fixtures.timer(commission, "BoundaryEvent_Deadline");
        assertThat(deadline.getDuedate().toInstant()).isEqualTo(commission.deadline());

        managementService.executeJob(deadline.getId());

        BpmnAwareTests.assertThat(pi).hasPassed("Task_MarkMissed", "Task_Close", "EndEvent_Closed")
                .isEnded();
        assertThat(responseOf(commission, north).status()).isEqualTo(ResponseStatus.ANSWERED);
        assertThat(responseOf(commission, south).status()).isEqualTo(ResponseStatus.MISSED);
        assertThat(fixtures.answerTasks(commission)).isEmpty();
        assertThat(commissions.find(fixtures.user("editor"), commission.id()).closedAt()).isNotNull();
    }

    @Test
    void aPastDeadlineOrNoUnitIsRefusedAtItsFieldAndNothingIsIssued() {
        String topic = "拒绝测试" + System.nanoTime();
        CommissionNotice past = fixtures.notice(topic, LocalDateTime.now(Office.ZONE).minusHours(1), north);
        CommissionNotice noUnit = fixtures.notice(topic, LocalDateTime.now(Office.ZONE).plusDays(2));
        CommissionNotice empty = fixtures.notice(" ", null);
        empty.setRequirements("");

        assertThatThrownBy(() -> commissions.issue(fixtures.user("editor"), past))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsExactly(java.util.Map.entry("deadline", "commission.deadline.past")));
        assertThatThrownBy(() -> commissions.issue(fixtures.user("editor"), noUnit))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsExactly(java.util.Map.entry("units", "commission.units.required")));
        assertThatThrownBy(() -> commissions.issue(fixtures.user("editor"), empty))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsOnlyKeys("topic", "requirements", "units", "deadline"));
        assertThatThrownBy(() -> commissions.issue(northSubmitter, fixtures.notice(topic,
                LocalDateTime.now(Office.ZONE).plusDays(2), north))).as("only editors issue notices")
                .isInstanceOf(com.briefingdesk.kernel.NotFoundException.class);
        assertThat(jdbc.sql("select count(*) from commission where topic = :t").param("t", topic)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aNoticeToAllUnitsGoesToEveryActiveSubmittingUnit() {
        CommissionNotice notice = fixtures.notice("全省约稿" + System.nanoTime(),
                LocalDateTime.now(Office.ZONE).plusDays(5));
        notice.setAllUnits(true);

        Commission commission = commissions.issue(fixtures.user("editor"), notice);

        assertThat(commissions.responses(fixtures.user("editor"), commission.id())).extracting(UnitResponse::unitId)
                .containsExactlyInAnyOrderElementsOf(commissions.targetableUnits().stream().map(Unit::id).toList())
                .contains(north.id(), south.id(), fixtures.directory.findUnitByCode("kunshan").orElseThrow().id());
        // close it, so the demo units' inboxes stay as other tests expect them
        managementService.executeJob(fixtures.timer(commission, "BoundaryEvent_Deadline").getId());
        assertThat(fixtures.answerTasks(commission)).isEmpty();
    }

    @Test
    void aNewArticleWrittenForTheNoticeIsLinkedToIt() {
        Commission commission = fixtures.issued("文明家庭", north);
        var content = com.briefingdesk.article.SampleArticles.content(
                com.briefingdesk.article.SampleArticles.jurong());
        Article draft = fixtures.articles.createDraft(northSubmitter, content);

        assertThat(answers.writableFor(northSubmitter, commission.id())).isPresent();
        assertThat(answers.writableFor(southSubmitter, commission.id())).as("not asked").isEmpty();
        answers.linkNewDraft(northSubmitter, draft.id(), commission.id());
        fixtures.articles.submit(northSubmitter, draft.id());

        assertThat(answers.linked(northSubmitter, commission.id())).containsExactly(draft.id());
        assertThat(answers.candidates(northSubmitter, commission.id())).extracting(Article::id).contains(draft.id());

        Article chosen = fixtures.submitted(northSubmitter, "北区另选的稿件");
        answers.answer(northSubmitter, fixtures.taskOf(commission, north), List.of(chosen.id()));
        assertThat(responseOf(commission, north).articles()).as("the answer is what was chosen")
                .extracting(UnitResponse.LinkedArticle::id).containsExactly(chosen.id());
        assertThat(answers.linked(northSubmitter, commission.id())).containsExactly(chosen.id());
    }
}
