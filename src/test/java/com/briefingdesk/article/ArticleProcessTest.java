package com.briefingdesk.article;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.briefingdesk.BriefingDeskTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of bpmn/article.bpmn, driven through the engine the application runs (PostgreSQL, the real
 * articleLifecycle / articleDeadlines / revisionReminder beans). The job executor is off in the test profile, so
 * the timers are fired here. Each test works on an article of its own unit and submitter.
 */
@BriefingDeskTest
class ArticleProcessTest {

    static final String PROCESS_KEY = "article";

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;

    long unitId;
    String unitCode;
    long userId;
    long articleId;
    String submitter;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        String suffix = Long.toString(System.nanoTime(), 36);
        unitCode = "pt-" + suffix;
        unitId = jdbc.queryForObject("insert into unit (code, name, kind) values (?, ?, 'MEMBER') returning id",
                Long.class, unitCode, "流程测试单位 " + suffix);
        submitter = "pt-" + suffix;
        userId = jdbc.queryForObject(
                "insert into app_user (username, display_name, password_hash, unit_id) values (?, ?, 'x', ?) returning id",
                Long.class, submitter, "流程测试 " + suffix, unitId);
        articleId = jdbc.queryForObject("""
                insert into article (unit_id, created_by, title, body, status, submitted_at)
                values (?, ?, ?, '[]'::jsonb, 'SUBMITTED', now()) returning id""",
                Long.class, unitId, userId, "流程测试稿件 " + suffix);
    }

    /** Leaves no open task or timer and no article of ours behind for the other test classes of this context. */
    @AfterEach
    void tearDown() {
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(articleId)).list()
                .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "end of ArticleProcessTest"));
        jdbc.update("delete from article_event where article_id = ?", articleId);
        jdbc.update("delete from article where id = ?", articleId);
        jdbc.update("delete from app_user where id = ?", userId);
        jdbc.update("delete from unit where id = ?", unitId);
    }

    // --- helpers ---

    ProcessInstance startProcess() {
        return runtimeService.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(articleId),
                Map.of("articleId", articleId, "submitter", submitter));
    }

    /** An article of a unit that sends without its leader's approval: straight to the editors. */
    ProcessInstance start() {
        ProcessInstance pi = startProcess();
        assertThat(pi).isStarted().hasBusinessKey(String.valueOf(articleId)).isWaitingAtExactly("Task_Triage");
        assertThat(pi).hasPassed("Gateway_UnitApprovalRequired", "Gateway_ToTriage")
                .hasNotPassed("Task_MarkAwaitingUnitApproval", "Task_UnitApproval");
        Assertions.assertThat(status()).isEqualTo("SUBMITTED");
        return pi;
    }

    /** An article of a unit whose leaders approve what it sends: it waits for them first. */
    ProcessInstance startRequiringUnitApproval() {
        jdbc.update("update unit set requires_leader_approval = true where id = ?", unitId);
        ProcessInstance pi = startProcess();
        assertThat(pi).isStarted().hasBusinessKey(String.valueOf(articleId));
        assertWaitingForUnitApproval(pi);
        return pi;
    }

    void assertWaitingForUnitApproval(ProcessInstance pi) {
        assertThat(pi).hasPassed("Gateway_UnitApprovalRequired", "Task_MarkAwaitingUnitApproval")
                .isWaitingAtExactly("Task_UnitApproval")
                .isWaitingFor("ArticleWithdrawn");
        assertThat(task(pi)).hasDefinitionKey("Task_UnitApproval").hasFormKey("article-unit-approval")
                .hasCandidateGroup("unit-" + unitCode + "-leaders").isNotAssigned();
        Assertions.assertThat(taskService.createTaskQuery().taskId(task(pi).getId()).taskCandidateGroup("editors")
                .count()).as("the editors do not see it yet").isZero();
        Assertions.assertThat(status()).isEqualTo("UNIT_APPROVAL");
    }

    void unitDecides(ProcessInstance pi, String decision) {
        assertThat(pi).isWaitingAt("Task_UnitApproval");
        complete(task(pi), withVariables("unitDecision", decision));
    }

    String status() {
        return jdbc.queryForObject("select status from article where id = ?", String.class, articleId);
    }

    Instant acceptedAt() {
        Timestamp at = jdbc.queryForObject("select accepted_at from article where id = ?", Timestamp.class, articleId);
        return at == null ? null : at.toInstant();
    }

    int events(String kind) {
        return jdbc.queryForObject("select count(*) from article_event where article_id = ? and kind = ?",
                Integer.class, articleId, kind);
    }

    void correlate(String message) {
        runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(String.valueOf(articleId))
                .correlate();
    }

    void triage(ProcessInstance pi, String decision) {
        assertThat(pi).isWaitingAt("Task_Triage");
        assertThat(task(pi)).hasDefinitionKey("Task_Triage").hasFormKey("article-triage")
                .hasCandidateGroup("editors").isNotAssigned();
        complete(task(pi), withVariables("decision", decision));
    }

    /** Triage returns the article: the submitter's revise task and its two timers wait. */
    void returnForRevision(ProcessInstance pi) {
        triage(pi, "RETURN");
        assertThat(pi).hasPassed("Gateway_TriageDecision", "Task_MarkReturned")
                .isWaitingAtExactly("Task_Revise");
        assertThat(task(pi)).hasDefinitionKey("Task_Revise").hasFormKey("article-revise").isAssignedTo(submitter);
        Assertions.assertThat(status()).isEqualTo("RETURNED");
        Assertions.assertThat(timerActivities(pi))
                .containsExactlyInAnyOrder("BoundaryEvent_RevisionReminder", "BoundaryEvent_RevisionDeadline");
    }

    /** Triage accepts the article: it waits in the pool for an issue or the pool expiry. */
    void accept(ProcessInstance pi) {
        triage(pi, "ACCEPT");
        assertThat(pi).hasPassed("Gateway_TriageDecision", "Task_PutInPool", "Gateway_PoolJoin")
                .isWaitingAtExactly("Gateway_InPool")
                .isWaitingFor("ArticleScheduled")
                .isNotWaitingFor("ArticleWithdrawn", "ArticleReleased", "ArticlePublished");
        Assertions.assertThat(status()).isEqualTo("ACCEPTED");
        Assertions.assertThat(acceptedAt()).isNotNull();
        Assertions.assertThat(timerActivities(pi)).containsExactly("CatchEvent_PoolExpiry");
    }

    Collection<String> timerActivities(ProcessInstance pi) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).timers().list().stream()
                .map(j -> managementService.createJobDefinitionQuery().jobDefinitionId(j.getJobDefinitionId())
                        .singleResult().getActivityId())
                .toList();
    }

    long timesPassed(ProcessInstance pi, String activityId) {
        return processEngine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(pi.getId()).activityId(activityId).count();
    }

    static void assertDueAround(Job timer, Instant expected) {
        Assertions.assertThat(timer.getDuedate().toInstant()).isCloseTo(expected, Assertions.within(1, ChronoUnit.MINUTES));
    }

    // --- the model ---

    @Test
    void deployedModelHasItsFormsMessagesAndACompleteDiagram() {
        ProcessDefinition definition = processEngine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(PROCESS_KEY).latestVersion().singleResult();
        Assertions.assertThat(definition).isNotNull();
        Assertions.assertThat(definition.getName()).isEqualTo("稿件报送 Article submission");
        Assertions.assertThat(definition.getHistoryTimeToLive()).isEqualTo(180);
        BpmnModelInstance model = processEngine.getRepositoryService().getBpmnModelInstance(definition.getId());

        Map<String, String> formKeys = model.getModelElementsByType(UserTask.class).stream()
                .collect(Collectors.toMap(UserTask::getId, t -> String.valueOf(t.getCamundaFormKey())));
        Assertions.assertThat(formKeys)
                .containsExactlyInAnyOrderEntriesOf(Map.of("Task_Triage", "article-triage", "Task_Revise", "article-revise",
                        "Task_UnitApproval", "article-unit-approval"));

        Assertions.assertThat(model.getModelElementsByType(Message.class)).extracting(Message::getName)
                .containsExactlyInAnyOrder("ArticleWithdrawn", "ArticleScheduled", "ArticleReleased", "ArticlePublished");

        Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
        Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .filter(e -> e.getWaypoints().size() >= 2)
                .map(e -> e.getBpmnElement().getId()).collect(Collectors.toSet());
        Assertions.assertThat(shapes).containsAll(model.getModelElementsByType(FlowNode.class).stream()
                .map(BaseElement::getId).toList());
        Assertions.assertThat(edges).containsAll(model.getModelElementsByType(SequenceFlow.class).stream()
                .map(BaseElement::getId).toList());
        Assertions.assertThat(model.getModelElementsByType(BoundaryEvent.class)).extracting(BaseElement::getId)
                .containsExactlyInAnyOrder("BoundaryEvent_TriageWithdrawn", "BoundaryEvent_ReviseWithdrawn",
                        "BoundaryEvent_RevisionReminder", "BoundaryEvent_RevisionDeadline",
                        "BoundaryEvent_UnitApprovalWithdrawn");
    }

    // --- unit approval ---

    @Test
    void unitApprovalIsSkippedWhereTheUnitDoesNotRequireIt() {
        ProcessInstance pi = start();

        assertThat(pi).hasPassed("StartEvent_ArticleSubmitted", "Gateway_BeforeTriage", "Gateway_UnitApprovalRequired",
                "Gateway_ToTriage").hasNotPassed("Task_MarkUnitApproved");
        assertThat(task(pi)).hasCandidateGroup("editors");
    }

    @Test
    void articleApprovedByItsUnitGoesToTriage() {
        ProcessInstance pi = startRequiringUnitApproval();

        unitDecides(pi, "APPROVE");

        assertThat(pi).hasPassed("Gateway_UnitDecision", "Task_MarkUnitApproved", "Gateway_ToTriage")
                .hasNotPassed("Task_MarkReturned")
                .isWaitingAtExactly("Task_Triage");
        Assertions.assertThat(status()).isEqualTo("SUBMITTED");
        accept(pi);
        Assertions.assertThat(timesPassed(pi, "Task_UnitApproval")).isEqualTo(1);
    }

    @Test
    void articleReturnedByItsUnitIsRevisedAndApprovedAgain() {
        ProcessInstance pi = startRequiringUnitApproval();

        unitDecides(pi, "RETURN");

        assertThat(pi).hasPassed("Gateway_UnitDecision", "Task_MarkReturned")
                .hasNotPassed("Task_MarkUnitApproved", "Task_Triage")
                .isWaitingAtExactly("Task_Revise");
        assertThat(task(pi)).hasDefinitionKey("Task_Revise").hasFormKey("article-revise").isAssignedTo(submitter);
        Assertions.assertThat(status()).isEqualTo("RETURNED");
        Assertions.assertThat(timerActivities(pi))
                .containsExactlyInAnyOrder("BoundaryEvent_RevisionReminder", "BoundaryEvent_RevisionDeadline");

        complete(task(pi));

        assertThat(pi).hasPassed("Task_MarkResubmitted");
        assertWaitingForUnitApproval(pi);
        Assertions.assertThat(timesPassed(pi, "Task_UnitApproval")).isEqualTo(2);

        unitDecides(pi, "APPROVE");

        assertThat(pi).isWaitingAtExactly("Task_Triage");
        Assertions.assertThat(status()).isEqualTo("SUBMITTED");
        Assertions.assertThat(timesPassed(pi, "Task_Triage")).isEqualTo(1);
    }

    @Test
    void articleReturnedByTheEditorsGoesThroughItsUnitAgain() {
        ProcessInstance pi = startRequiringUnitApproval();
        unitDecides(pi, "APPROVE");
        returnForRevision(pi);

        complete(task(pi));

        assertWaitingForUnitApproval(pi);
        unitDecides(pi, "APPROVE");
        accept(pi);
        Assertions.assertThat(timesPassed(pi, "Task_UnitApproval")).isEqualTo(2);
        Assertions.assertThat(timesPassed(pi, "Task_Triage")).isEqualTo(2);
    }

    @Test
    void articleWithdrawnDuringUnitApprovalEnds() {
        ProcessInstance pi = startRequiringUnitApproval();

        correlate("ArticleWithdrawn");

        assertThat(pi).hasPassed("BoundaryEvent_UnitApprovalWithdrawn", "Task_MarkWithdrawn", "EndEvent_Withdrawn")
                .hasNotPassed("Gateway_UnitDecision", "Task_Triage")
                .isEnded();
        Assertions.assertThat(status()).isEqualTo("WITHDRAWN");
        Assertions.assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    // --- triage ---

    @Test
    void acceptedArticleGoesIntoThePool() {
        ProcessInstance pi = start();

        accept(pi);

        assertThat(pi).hasNotPassed("Task_MarkReturned", "Task_MarkRejected", "Task_MarkWithdrawn").isNotEnded();
        Assertions.assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void returnedArticleIsRevisedAndThenAccepted() {
        ProcessInstance pi = start();
        returnForRevision(pi);

        complete(task(pi));

        assertThat(pi).hasPassed("Task_Revise", "Task_MarkResubmitted", "Gateway_BeforeTriage")
                .isWaitingAtExactly("Task_Triage");
        Assertions.assertThat(status()).isEqualTo("SUBMITTED");
        Assertions.assertThat(timerActivities(pi)).as("timers of the finished revise task").isEmpty();

        accept(pi);
        Assertions.assertThat(timesPassed(pi, "Task_Triage")).isEqualTo(2);
        Assertions.assertThat(timesPassed(pi, "Task_Revise")).isEqualTo(1);
        assertThat(pi).hasNotPassed("Task_RemindSubmitter", "Task_MarkRevisionExpired", "Task_MarkWithdrawn");
    }

    @Test
    void rejectedArticleEnds() {
        ProcessInstance pi = start();

        triage(pi, "REJECT");

        assertThat(pi).hasPassed("Gateway_TriageDecision", "Task_MarkRejected", "EndEvent_Rejected")
                .hasNotPassed("Task_PutInPool", "Task_MarkReturned")
                .isEnded();
        Assertions.assertThat(status()).isEqualTo("REJECTED");
        Assertions.assertThat(acceptedAt()).isNull();
    }

    @Test
    void articleWithdrawnDuringTriageEnds() {
        ProcessInstance pi = start();

        correlate("ArticleWithdrawn");

        assertThat(pi).hasPassed("BoundaryEvent_TriageWithdrawn", "Task_MarkWithdrawn", "EndEvent_Withdrawn")
                .hasNotPassed("Gateway_TriageDecision")
                .isEnded();
        Assertions.assertThat(status()).isEqualTo("WITHDRAWN");
        Assertions.assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    // --- revision ---

    @Test
    void articleWithdrawnDuringRevisionEnds() {
        ProcessInstance pi = start();
        returnForRevision(pi);

        correlate("ArticleWithdrawn");

        assertThat(pi).hasPassed("BoundaryEvent_ReviseWithdrawn", "Task_MarkWithdrawn", "EndEvent_Withdrawn")
                .hasNotPassed("BoundaryEvent_TriageWithdrawn", "Task_MarkResubmitted")
                .isEnded();
        Assertions.assertThat(status()).isEqualTo("WITHDRAWN");
        Assertions.assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        Assertions.assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void submitterIsRemindedAndStillRevises() {
        ProcessInstance pi = start();
        returnForRevision(pi);
        Job reminder = job("BoundaryEvent_RevisionReminder", pi);
        assertDueAround(reminder, ZonedDateTime.now().plusDays(3).toInstant());
        Assertions.assertThat(events("REMINDER_SENT")).isZero();

        execute(reminder);

        assertThat(pi).hasPassed("BoundaryEvent_RevisionReminder", "Task_RemindSubmitter", "EndEvent_Reminded")
                .isWaitingAtExactly("Task_Revise")
                .isNotEnded();
        assertThat(task(pi)).hasDefinitionKey("Task_Revise").isAssignedTo(submitter);
        Assertions.assertThat(events("REMINDER_SENT")).isEqualTo(1);
        Assertions.assertThat(status()).isEqualTo("RETURNED");
        Assertions.assertThat(timerActivities(pi)).containsExactly("BoundaryEvent_RevisionDeadline");

        complete(task(pi));

        assertThat(pi).hasPassed("Task_MarkResubmitted").isWaitingAtExactly("Task_Triage");
        assertThat(task(pi)).hasDefinitionKey("Task_Triage").hasCandidateGroup("editors");
        Assertions.assertThat(status()).isEqualTo("SUBMITTED");
        Assertions.assertThat(timerActivities(pi)).isEmpty();
    }

    @Test
    void revisionDeadlineExpiresTheArticle() {
        ProcessInstance pi = start();
        returnForRevision(pi);
        Job deadline = job("BoundaryEvent_RevisionDeadline", pi);
        assertDueAround(deadline, ZonedDateTime.now().plusDays(14).toInstant());

        execute(deadline);

        assertThat(pi).hasPassed("BoundaryEvent_RevisionDeadline", "Task_MarkRevisionExpired",
                        "EndEvent_ExpiredUnrevised")
                .hasNotPassed("Task_MarkResubmitted", "Task_RemindSubmitter")
                .isEnded();
        Assertions.assertThat(status()).isEqualTo("EXPIRED");
        Assertions.assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        Assertions.assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    // --- the pool ---

    @Test
    void unusedArticleExpiresFromThePool() {
        ProcessInstance pi = start();
        accept(pi);
        Job expiry = job("CatchEvent_PoolExpiry", pi);
        assertDueAround(expiry, acceptedAt().plus(Duration.ofDays(90)));

        execute(expiry);

        assertThat(pi).hasPassed("CatchEvent_PoolExpiry", "Task_MarkPoolExpired", "EndEvent_ExpiredUnused")
                .hasNotPassed("CatchEvent_ArticleScheduled", "Task_MarkScheduled")
                .isEnded();
        Assertions.assertThat(status()).isEqualTo("EXPIRED_UNUSED");
    }

    @Test
    void articleIsScheduledReleasedScheduledAgainAndAdopted() {
        ProcessInstance pi = start();
        accept(pi);
        Instant acceptedAt = acceptedAt();

        correlate("ArticleScheduled");

        assertThat(pi).hasPassed("CatchEvent_ArticleScheduled", "Task_MarkScheduled")
                .isWaitingAtExactly("Gateway_Scheduled")
                .isWaitingFor("ArticleReleased", "ArticlePublished")
                .isNotWaitingFor("ArticleScheduled");
        Assertions.assertThat(status()).isEqualTo("SCHEDULED");
        Assertions.assertThat(timerActivities(pi)).as("no pool expiry while in an issue").isEmpty();

        correlate("ArticleReleased");

        assertThat(pi).hasPassed("CatchEvent_ArticleReleased", "Task_ReleaseToPool")
                .isWaitingAtExactly("Gateway_InPool")
                .isWaitingFor("ArticleScheduled")
                .isNotWaitingFor("ArticleReleased", "ArticlePublished");
        Assertions.assertThat(status()).isEqualTo("ACCEPTED");
        Assertions.assertThat(acceptedAt()).as("the pool counts from the first acceptance").isEqualTo(acceptedAt);
        Assertions.assertThat(timerActivities(pi)).containsExactly("CatchEvent_PoolExpiry");
        assertDueAround(job("CatchEvent_PoolExpiry", pi), acceptedAt.plus(Duration.ofDays(90)));

        correlate("ArticleScheduled");

        assertThat(pi).isWaitingAtExactly("Gateway_Scheduled");
        Assertions.assertThat(status()).isEqualTo("SCHEDULED");

        correlate("ArticlePublished");

        assertThat(pi).hasPassed("CatchEvent_ArticlePublished", "Task_MarkAdopted", "EndEvent_Adopted")
                .hasNotPassed("Task_MarkPoolExpired")
                .isEnded();
        Assertions.assertThat(status()).isEqualTo("ADOPTED");
        Assertions.assertThat(timesPassed(pi, "Task_MarkScheduled")).isEqualTo(2);
        Assertions.assertThat(timesPassed(pi, "Task_ReleaseToPool")).isEqualTo(1);
        Assertions.assertThat(timesPassed(pi, "Gateway_InPool")).isEqualTo(2);
    }
}
