package com.briefingdesk.issue;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.briefingdesk.BriefingDeskTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of bpmn/issue.bpmn, driven through the engine the application runs (PostgreSQL, the real
 * issueLifecycle / issueNumbering beans). Each test works on issues of series of its own (last serial 1003), so the
 * numbers it sees are its own: 第 1 期 of the current year, 苏简字 1004 号.
 */
@BriefingDeskTest
class IssueProcessTest {

    static final String PROCESS_KEY = "issue";
    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");
    static final int LAST_SERIAL = 1003;

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IssueNumbering issueNumbering;
    @Autowired
    JdbcTemplate jdbc;

    long unitId;
    long userId;
    long seriesId;
    final List<Long> seriesIds = new ArrayList<>();
    final List<Long> issueIds = new ArrayList<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        String suffix = Long.toString(System.nanoTime(), 36);
        unitId = jdbc.queryForObject("insert into unit (code, name, kind) values (?, ?, 'OFFICE') returning id",
                Long.class, "it-" + suffix, "期刊流程测试单位 " + suffix);
        userId = jdbc.queryForObject(
                "insert into app_user (username, display_name, password_hash, unit_id) values (?, ?, 'x', ?) returning id",
                Long.class, "it-" + suffix, "期刊流程测试 " + suffix, unitId);
        seriesId = newSeries();
    }

    /** Leaves no running issue process and no row of ours behind for the other test classes of this context. */
    @AfterEach
    void tearDown() {
        for (long issueId : issueIds) {
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(issueId)).list()
                    .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "end of IssueProcessTest"));
            jdbc.update("delete from issue_document where issue_id = ?", issueId);
            jdbc.update("delete from issue_receipt where issue_id = ?", issueId);
            jdbc.update("delete from issue_opinion where issue_id = ?", issueId);
            jdbc.update("delete from issue_recipient where issue_id = ?", issueId);
            jdbc.update("delete from issue where id = ?", issueId);
        }
        for (long id : seriesIds) {
            jdbc.update("delete from issue_number_counter where series_id = ?", id);
            jdbc.update("delete from series_recipient where series_id = ?", id);
            jdbc.update("delete from briefing_series where id = ?", id);
        }
        jdbc.update("delete from app_user where id = ?", userId);
        jdbc.update("delete from unit where id = ?", unitId);
    }

    // --- rows of our own ---

    /** A series nobody else numbers in: no issue this year yet, last serial 1003. */
    long newSeries() {
        String code = "t" + Long.toString(System.nanoTime(), 36);
        long id = jdbc.queryForObject("""
                        insert into briefing_series (code, title, issuing_office, serial_prefix, last_serial)
                        values (?, ?, '流程测试办公室', '测简字', ?) returning id""",
                Long.class, code, "流程测试简报 " + code, LAST_SERIAL);
        seriesIds.add(id);
        return id;
    }

    long newIssue(long series) {
        long id = jdbc.queryForObject("""
                        insert into issue (series_id, status, print_count, created_by)
                        values (?, 'COMPOSING', 100, ?) returning id""",
                Long.class, series, userId);
        issueIds.add(id);
        return id;
    }

    // --- helpers ---

    ProcessInstance start(long issueId) {
        ProcessInstance pi = runtimeService.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(issueId),
                Map.of("issueId", issueId));
        assertThat(pi).isStarted().hasBusinessKey(String.valueOf(issueId))
                .hasPassed("StartEvent_IssueStarted", "Gateway_BeforeCompose")
                .isWaitingAtExactly("Task_Compose");
        Assertions.assertThat(status(issueId)).isEqualTo("COMPOSING");
        return pi;
    }

    void compose(ProcessInstance pi, long issueId) {
        assertThat(pi).isWaitingAtExactly("Task_Compose");
        assertThat(task(pi)).hasDefinitionKey("Task_Compose").hasFormKey("issue-compose")
                .hasCandidateGroup("editors").isNotAssigned();
        complete(task(pi));
        assertThat(pi).hasPassed("Task_Compose", "Task_MarkProofreading").isWaitingAtExactly("Task_Proofread");
        Assertions.assertThat(status(issueId)).isEqualTo("PROOFREADING");
    }

    void proofread(ProcessInstance pi, String proofread) {
        assertThat(pi).isWaitingAtExactly("Task_Proofread");
        assertThat(task(pi)).hasDefinitionKey("Task_Proofread").hasFormKey("issue-proofread")
                .hasCandidateGroup("editors").isNotAssigned();
        complete(task(pi), withVariables("proofread", proofread));
    }

    void review(ProcessInstance pi, String decision) {
        assertThat(pi).isWaitingAtExactly("Task_Review");
        assertThat(pi).hasPassed("Gateway_ReviewMode").hasNotPassed("Task_Countersign");
        assertThat(task(pi)).hasDefinitionKey("Task_Review").hasFormKey("issue-review")
                .hasCandidateGroup("reviewers").isNotAssigned();
        complete(task(pi), withVariables("reviewDecision", decision));
    }

    void signOff(ProcessInstance pi, String decision) {
        assertThat(pi).isWaitingAtExactly("Task_SignOff");
        assertThat(task(pi)).hasDefinitionKey("Task_SignOff").hasFormKey("issue-signoff")
                .hasCandidateGroup("signatories").isNotAssigned();
        complete(task(pi), withVariables("signOffDecision", decision));
    }

    /** Compose, proofread and review approve: the issue waits for sign-off. */
    void upToSignOff(ProcessInstance pi, long issueId) {
        compose(pi, issueId);
        proofread(pi, "DONE");
        assertThat(pi).hasPassed("Gateway_ProofreadDecision", "Task_MarkInReview").isWaitingAtExactly("Task_Review");
        Assertions.assertThat(status(issueId)).isEqualTo("IN_REVIEW");
        review(pi, "APPROVE");
        assertThat(pi).hasPassed("Gateway_ReviewDecision", "Task_MarkAwaitingSignOff")
                .isWaitingAtExactly("Task_SignOff");
        Assertions.assertThat(status(issueId)).isEqualTo("AWAITING_SIGN_OFF");
    }

    /** The whole way from composing to the signed-off end. */
    void throughToSignedOff(ProcessInstance pi, long issueId) {
        upToSignOff(pi, issueId);
        signOff(pi, "APPROVE");
        assertSignedOffAndWaitingForRendering(pi);
        Assertions.assertThat(status(issueId)).isEqualTo("SIGNED_OFF");
    }

    /**
     * Signed off and numbered in the sign-off's transaction; the documents are rendered in a job of their own, so
     * nothing of the sign-off is lost if rendering fails.
     */
    void assertSignedOffAndWaitingForRendering(ProcessInstance pi) {
        assertThat(pi).hasPassed("Gateway_SignOffDecision", "Task_AssignNumbers")
                .hasNotPassed("Task_RenderDocuments")
                .isWaitingAtExactly("Task_RenderDocuments")
                .isNotEnded();
        assertThat(BpmnAwareTests.job(pi)).hasActivityId("Task_RenderDocuments");
        Assertions.assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    /** After a return: the editor has the issue again. */
    void assertBackAtCompose(ProcessInstance pi, long issueId, String decisionGateway, int timesComposed) {
        assertThat(pi).hasPassed(decisionGateway, "Task_BackToEditor", "Gateway_BeforeCompose")
                .hasNotPassed("Task_AssignNumbers", "Task_RenderDocuments")
                .isWaitingAtExactly("Task_Compose")
                .isNotEnded();
        assertThat(task(pi)).hasDefinitionKey("Task_Compose").hasFormKey("issue-compose").hasCandidateGroup("editors");
        Assertions.assertThat(status(issueId)).isEqualTo("COMPOSING");
        Assertions.assertThat(timesPassed(pi, "Task_Compose")).isEqualTo(timesComposed);
        assertNotNumbered(issueId);
    }

    String status(long issueId) {
        return jdbc.queryForObject("select status from issue where id = ?", String.class, issueId);
    }

    Map<String, Object> numbers(long issueId) {
        return jdbc.queryForMap(
                "select year, number_in_year, serial_number, signed_off_at from issue where id = ?", issueId);
    }

    void assertNumbered(long issueId, int numberInYear, int serial) {
        Map<String, Object> row = numbers(issueId);
        Assertions.assertThat(row.get("year")).isEqualTo(currentYear());
        Assertions.assertThat(row.get("number_in_year")).isEqualTo(numberInYear);
        Assertions.assertThat(row.get("serial_number")).isEqualTo(serial);
        Assertions.assertThat(row.get("signed_off_at")).isNotNull();
    }

    void assertNotNumbered(long issueId) {
        Map<String, Object> row = numbers(issueId);
        Assertions.assertThat(row.get("year")).isNull();
        Assertions.assertThat(row.get("number_in_year")).isNull();
        Assertions.assertThat(row.get("serial_number")).isNull();
        Assertions.assertThat(row.get("signed_off_at")).isNull();
    }

    int lastSerial(long series) {
        return jdbc.queryForObject("select last_serial from briefing_series where id = ?", Integer.class, series);
    }

    static int currentYear() {
        return LocalDate.now(OFFICE_ZONE).getYear();
    }

    long timesPassed(ProcessInstance pi, String activityId) {
        return processEngine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(pi.getId()).activityId(activityId).count();
    }

    // --- the model ---

    @Test
    void deployedModelHasItsFormsGroupsBeansAndACompleteDiagram() {
        ProcessDefinition definition = processEngine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(PROCESS_KEY).latestVersion().singleResult();
        Assertions.assertThat(definition).isNotNull();
        Assertions.assertThat(definition.getName()).isEqualTo("简报编发 Issue");
        Assertions.assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650);
        BpmnModelInstance model = processEngine.getRepositoryService().getBpmnModelInstance(definition.getId());

        Map<String, String> formKeys = model.getModelElementsByType(UserTask.class).stream()
                .collect(Collectors.toMap(UserTask::getId, t -> String.valueOf(t.getCamundaFormKey())));
        Assertions.assertThat(formKeys).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Task_Compose", "issue-compose", "Task_Proofread", "issue-proofread",
                "Task_Review", "issue-review", "Task_Countersign", "issue-countersign",
                "Task_SignOff", "issue-signoff", "Task_AcknowledgeReceipt", "issue-receipt"));
        Map<String, String> groups = model.getModelElementsByType(UserTask.class).stream()
                .collect(Collectors.toMap(UserTask::getId, t -> String.valueOf(t.getCamundaCandidateGroups())));
        Assertions.assertThat(groups).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Task_Compose", "editors", "Task_Proofread", "editors",
                "Task_Review", "reviewers", "Task_Countersign", "null", "Task_SignOff", "signatories",
                "Task_AcknowledgeReceipt", "${issueCirculation.recipientGroup(receiptUnitId)}"));
        UserTask countersign = model.getModelElementById("Task_Countersign");
        Assertions.assertThat(countersign.getCamundaAssignee()).isEqualTo("${countersignMember}");

        Map<String, String> expressions = model.getModelElementsByType(ServiceTask.class).stream()
                .collect(Collectors.toMap(ServiceTask::getId, t -> String.valueOf(t.getCamundaExpression())));
        Assertions.assertThat(expressions).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("Task_MarkProofreading", "${issueLifecycle.proofreading(issueId)}"),
                Map.entry("Task_MarkInReview", "${issueLifecycle.inReview(issueId)}"),
                Map.entry("Task_MarkAwaitingSignOff", "${issueLifecycle.awaitingSignOff(issueId)}"),
                Map.entry("Task_CountersignOutcome", "${issueCountersign.outcome(issueId)}"),
                Map.entry("Task_AssignNumbers", "${issueNumbering.assign(issueId)}"),
                Map.entry("Task_BackToEditor", "${issueLifecycle.composing(issueId)}"),
                Map.entry("Task_RenderDocuments", "${issueDocuments.render(issueId)}"),
                Map.entry("Task_Publish", "${issuePublishing.publish(issueId)}"),
                Map.entry("Task_Circulate", "${issueCirculation.circulate(issueId)}"),
                Map.entry("Task_RemindRecipients", "${issueCirculation.remindUnacknowledged(issueId)}"),
                Map.entry("Task_Archive", "${issueLifecycle.archived(issueId)}")));

        Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
        Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .filter(e -> e.getWaypoints().size() >= 2)
                .map(e -> e.getBpmnElement().getId()).collect(Collectors.toSet());
        Assertions.assertThat(shapes).containsAll(model.getModelElementsByType(FlowNode.class).stream()
                .map(BaseElement::getId).toList());
        Assertions.assertThat(edges).containsAll(model.getModelElementsByType(SequenceFlow.class).stream()
                .map(BaseElement::getId).toList());
    }

    // --- the straight path ---

    @Test
    void issueGoesStraightThroughAndIsNumberedAtSignOff() {
        long issueId = newIssue(seriesId);
        ProcessInstance pi = start(issueId);

        upToSignOff(pi, issueId);
        assertNotNumbered(issueId);
        signOff(pi, "APPROVE");

        assertSignedOffAndWaitingForRendering(pi);
        assertThat(pi).hasNotPassed("Task_BackToEditor");
        Assertions.assertThat(status(issueId)).isEqualTo("SIGNED_OFF");
        assertNumbered(issueId, 1, LAST_SERIAL + 1);
        Assertions.assertThat(lastSerial(seriesId)).isEqualTo(LAST_SERIAL + 1);
        Assertions.assertThat(timesPassed(pi, "Task_Compose")).isEqualTo(1);
        Assertions.assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    // --- returns ---

    @Test
    void proofreadingSendsTheIssueBackAndItGoesThroughTheSecondTime() {
        long issueId = newIssue(seriesId);
        ProcessInstance pi = start(issueId);
        compose(pi, issueId);

        proofread(pi, "BACK");

        assertBackAtCompose(pi, issueId, "Gateway_ProofreadDecision", 2);
        assertThat(pi).hasNotPassed("Task_MarkInReview", "Task_Review");

        throughToSignedOff(pi, issueId);
        assertNumbered(issueId, 1, LAST_SERIAL + 1);
        Assertions.assertThat(timesPassed(pi, "Task_Proofread")).isEqualTo(2);
        Assertions.assertThat(timesPassed(pi, "Task_BackToEditor")).isEqualTo(1);
    }

    @Test
    void reviewReturnsTheIssueToTheEditor() {
        long issueId = newIssue(seriesId);
        ProcessInstance pi = start(issueId);
        compose(pi, issueId);
        proofread(pi, "DONE");

        review(pi, "RETURN");

        assertBackAtCompose(pi, issueId, "Gateway_ReviewDecision", 2);
        assertThat(pi).hasNotPassed("Task_MarkAwaitingSignOff", "Task_SignOff");

        throughToSignedOff(pi, issueId);
        assertNumbered(issueId, 1, LAST_SERIAL + 1);
        Assertions.assertThat(timesPassed(pi, "Task_Review")).isEqualTo(2);
    }

    @Test
    void signOffReturnTakesNoNumberAndTheSecondPassIsNumbered() {
        long issueId = newIssue(seriesId);
        ProcessInstance pi = start(issueId);
        upToSignOff(pi, issueId);

        signOff(pi, "RETURN");

        assertBackAtCompose(pi, issueId, "Gateway_SignOffDecision", 2);
        Assertions.assertThat(lastSerial(seriesId)).as("a return takes no serial").isEqualTo(LAST_SERIAL);
        Assertions.assertThat(jdbc.queryForObject("select count(*) from issue_number_counter where series_id = ?",
                Integer.class, seriesId)).as("a return takes no number").isZero();

        throughToSignedOff(pi, issueId);
        assertNumbered(issueId, 1, LAST_SERIAL + 1);
        Assertions.assertThat(timesPassed(pi, "Task_SignOff")).isEqualTo(2);
        Assertions.assertThat(timesPassed(pi, "Task_AssignNumbers")).isEqualTo(1);
    }

    // --- numbering ---

    @Test
    void issuesOfASeriesAreNumberedInTurnAndAnotherSeriesCountsOnItsOwn() {
        long first = newIssue(seriesId);
        long second = newIssue(seriesId);
        long otherSeries = newSeries();
        long other = newIssue(otherSeries);
        ProcessInstance firstPi = start(first);
        ProcessInstance secondPi = start(second);
        ProcessInstance otherPi = start(other);

        throughToSignedOff(firstPi, first);
        throughToSignedOff(secondPi, second);
        throughToSignedOff(otherPi, other);

        assertNumbered(first, 1, LAST_SERIAL + 1);
        assertNumbered(second, 2, LAST_SERIAL + 2);
        assertNumbered(other, 1, LAST_SERIAL + 1);
        Assertions.assertThat(lastSerial(seriesId)).isEqualTo(LAST_SERIAL + 2);
        Assertions.assertThat(lastSerial(otherSeries)).isEqualTo(LAST_SERIAL + 1);
    }

    @Test
    void numberingANumberedIssueAgainChangesNothing() {
        long issueId = newIssue(seriesId);
        ProcessInstance pi = start(issueId);
        throughToSignedOff(pi, issueId);
        Map<String, Object> before = numbers(issueId);

        issueNumbering.assign(issueId);

        Assertions.assertThat(numbers(issueId)).isEqualTo(before);
        assertNumbered(issueId, 1, LAST_SERIAL + 1);
        Assertions.assertThat(status(issueId)).isEqualTo("SIGNED_OFF");
        Assertions.assertThat(lastSerial(seriesId)).isEqualTo(LAST_SERIAL + 1);
        Assertions.assertThat(jdbc.queryForObject(
                "select last_number from issue_number_counter where series_id = ? and year = ?",
                Integer.class, seriesId, currentYear())).isEqualTo(1);
    }
}
