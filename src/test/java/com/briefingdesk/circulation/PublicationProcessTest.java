package com.briefingdesk.circulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.article.Article;
import com.briefingdesk.article.ArticleStatus;
import com.briefingdesk.article.SampleArticles;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssueStatus;
import com.briefingdesk.publication.IssueDocument;
import com.briefingdesk.publication.IssueDocuments;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.data.Offset;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The paths of bpmn/issue.bpmn after sign-off: render (retried, then an incident), publish, circulate to the
 * recipient units, remind them until they acknowledge, archive. Driven through the engine and beans the
 * application runs, on PostgreSQL; timers and the asynchronous render job are executed by the test.
 */
@BriefingDeskTest
class PublicationProcessTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    PublicationFixtures fixtures;
    @Autowired
    Receipts receipts;
    @Autowired
    IssueDocuments documents;
    @Autowired
    UserDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
    }

    ProcessInstance process(Issue issue) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(issue.processInstanceId())
                .singleResult();
    }

    long unitId(String code) {
        return directory.findUnitByCode(code).orElseThrow().id();
    }

    List<Task> receiptTasks(Issue issue) {
        return taskService.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey("Task_AcknowledgeReceipt").initializeFormKeys().list();
    }

    Set<String> candidateGroups(List<Task> tasks) {
        return tasks.stream().flatMap(t -> taskService.getIdentityLinksForTask(t.getId()).stream())
                .map(IdentityLink::getGroupId).collect(Collectors.toSet());
    }

    Job reminderTimer(Issue issue) {
        return managementService.createJobQuery().processInstanceId(issue.processInstanceId())
                .activityId("BoundaryEvent_ReceiptReminder").singleResult();
    }

    @Test
    void aSignedOffIssueIsRenderedPublishedCirculatedAcknowledgedAndArchived() {
        List<Article> articles = List.of(fixtures.issues.accepted("kunshan", SampleArticles.all().get(0)),
                fixtures.issues.accepted("jurong", SampleArticles.all().get(1)));
        Issue issue = fixtures.signedOff(fixtures.circulatingSeries(), articles);
        ProcessInstance pi = process(issue);
        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_RenderDocuments");
        assertThat(documents.find(issue.id(), IssueDocument.Kind.PDF)).isEmpty();

        execute(job(pi));

        BpmnAwareTests.assertThat(pi).hasPassed("Task_RenderDocuments", "Task_Publish", "Task_Circulate")
                .isWaitingAt("Task_AcknowledgeReceipt");
        Issue published = fixtures.issues.issues.load(issue.id());
        assertThat(published.status()).isEqualTo(IssueStatus.PUBLISHED);
        assertThat(published.publishedAt()).isNotNull();
        assertThat(documents.find(issue.id(), IssueDocument.Kind.PDF).orElseThrow().content())
                .startsWith("%PDF".getBytes());
        assertThat(documents.find(issue.id(), IssueDocument.Kind.DOCX).orElseThrow().content())
                .startsWith("PK".getBytes());
        for (Article article : articles) {
            assertThat(fixtures.issues.articles.find(fixtures.issues.user("editor"), article.id()).status())
                    .isEqualTo(ArticleStatus.ADOPTED);
        }
        // 发 and 送 circulate, 报 (徐州市鼓楼区 here) does not; one receipt task per unit, for its recipients only
        List<Task> tasks = receiptTasks(issue);
        assertThat(tasks).hasSize(3).allSatisfy(t -> assertThat(t.getFormKey()).isEqualTo("issue-receipt"));
        assertThat(candidateGroups(tasks)).containsExactlyInAnyOrder("unit-kunshan-recipients",
                "unit-jurong-recipients", "unit-binhai-recipients");
        assertThat(receipts.tracking(fixtures.issues.user("editor"), issue.id())).extracting(Receipt::unitId)
                .containsExactlyInAnyOrder(unitId("kunshan"), unitId("jurong"), unitId("binhai"));

        receipts.acknowledge(fixtures.issues.user("kunshan-recv"), issue.id());
        receipts.acknowledge(fixtures.issues.user("jurong-recv"), issue.id());
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_AcknowledgeReceipt");
        assertThat(receiptTasks(issue)).hasSize(1);
        assertThat(fixtures.issues.issues.load(issue.id()).status()).as("in circulation while a unit waits")
                .isEqualTo(IssueStatus.PUBLISHED);

        receipts.acknowledge(fixtures.issues.user("binhai-recv"), issue.id());

        BpmnAwareTests.assertThat(pi).hasPassed("Task_AcknowledgeReceipt", "Task_Archive",
                "EndEvent_Archived").hasNotPassed("Task_RemindRecipients").isEnded();
        assertThat(fixtures.issues.issues.load(issue.id()).status()).isEqualTo(IssueStatus.ARCHIVED);
        assertThat(managementService.createJobQuery().processInstanceId(issue.processInstanceId()).count()).isZero();
    }

    @Test
    void unitsThatHaveNotAcknowledgedAreRemindedEveryPeriodUntilTheyDo() {
        Issue issue = fixtures.circulatingWithOneArticle("binhai", 2);
        ProcessInstance pi = process(issue);
        Job timer = reminderTimer(issue);
        assertThat(timer).as("a reminder timer on the receipt tasks").isNotNull();
        assertThat(Duration.between(Instant.now(), timer.getDuedate().toInstant()).toHours())
                .isCloseTo(48, Offset.offset(1L));
        receipts.acknowledge(fixtures.issues.user("kunshan-recv"), issue.id());

        execute(timer);

        BpmnAwareTests.assertThat(pi).hasPassed("BoundaryEvent_ReceiptReminder", "Task_RemindRecipients",
                "EndEvent_Reminded").isWaitingAt("Task_AcknowledgeReceipt");
        assertThat(receiptTasks(issue)).hasSize(2);
        List<Receipt> after = receipts.tracking(fixtures.issues.user("editor"), issue.id());
        assertThat(after).filteredOn(r -> r.unitId() == unitId("kunshan")).extracting(Receipt::reminders)
                .containsExactly(0);
        assertThat(after).filteredOn(r -> r.unitId() != unitId("kunshan")).extracting(Receipt::reminders)
                .containsExactly(1, 1);

        Job again = reminderTimer(issue);
        assertThat(again).as("the cycle goes on while units wait").isNotNull();
        assertThat(again.getId()).isNotEqualTo(timer.getId());
        execute(again);
        assertThat(receipts.tracking(fixtures.issues.user("editor"), issue.id()))
                .filteredOn(r -> r.unitId() != unitId("kunshan")).extracting(Receipt::reminders)
                .containsExactly(2, 2);

        receipts.acknowledge(fixtures.issues.user("jurong-recv"), issue.id());
        receipts.acknowledge(fixtures.issues.user("binhai-recv"), issue.id());
        BpmnAwareTests.assertThat(pi).hasPassed("EndEvent_Archived").isEnded();
        assertThat(reminderTimer(issue)).as("no reminder once all have acknowledged").isNull();
    }

    @Test
    void aRenderThatKeepsFailingBecomesAnIncidentWithItsCauseAndARetryAfterTheFixPublishes() {
        Article article = fixtures.issues.accepted("gulou", SampleArticles.all().get(3));
        // a character none of the configured fonts can print: the render must fail rather than print a box
        jdbc.update("update article set body = cast(replace(cast(body as text), '志愿服务', '志愿服务😀') as jsonb) "
                + "where id = ?", article.id());
        Issue issue = fixtures.signedOff(fixtures.circulatingSeries(), List.of(article));
        ProcessInstance pi = process(issue);
        Job job = fixtures.renderJob(issue);

        int attempts = 0;
        while (job != null && job.getRetries() > 0 && attempts < 10) {
            attempts++;
            String id = job.getId();
            assertThatThrownBy(() -> managementService.executeJob(id)).hasMessageContaining("U+1F600");
            job = managementService.createJobQuery().jobId(id).singleResult();
        }
        assertThat(attempts).as("the first try and the retries of R3/PT1M").isEqualTo(3);
        assertThat(job.getRetries()).isZero();
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(incident.getIncidentType()).isEqualTo("failedJob");
        assertThat(incident.getActivityId()).isEqualTo("Task_RenderDocuments");
        assertThat(incident.getIncidentMessage()).contains("U+1F600", "briefing.pdf.fonts.body");
        // nothing of the sign-off is lost: numbered, waiting, no document half-stored
        Issue waiting = fixtures.issues.issues.load(issue.id());
        assertThat(waiting.status()).isEqualTo(IssueStatus.SIGNED_OFF);
        assertThat(waiting.serialNumber()).isEqualTo(1004);
        assertThat(documents.find(issue.id(), IssueDocument.Kind.PDF)).isEmpty();
        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_RenderDocuments");

        // the administrator has the text fixed and retries the job, as in Cockpit
        jdbc.update("update article set body = cast(replace(cast(body as text), '😀', '') as jsonb) where id = ?",
                article.id());
        managementService.setJobRetries(job.getId(), 1);
        managementService.executeJob(job.getId());

        assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
        BpmnAwareTests.assertThat(pi).hasPassed("Task_RenderDocuments", "Task_Publish")
                .isWaitingAt("Task_AcknowledgeReceipt");
        assertThat(fixtures.issues.issues.load(issue.id()).status()).isEqualTo(IssueStatus.PUBLISHED);
        assertThat(documents.find(issue.id(), IssueDocument.Kind.PDF)).isPresent();
    }

    @Test
    void anIssueWithoutReceivingUnitsIsArchivedRightAfterPublication() {
        Issue issue = fixtures.signedOff(fixtures.issues.freshSeries(1003),
                List.of(fixtures.issues.accepted("kunshan", SampleArticles.all().get(0))));
        assertThat(issue.circulationUnitIds()).isEmpty();
        ProcessInstance pi = process(issue);

        execute(fixtures.renderJob(issue));

        BpmnAwareTests.assertThat(pi).hasPassed("Task_Publish", "Task_Circulate", "Task_Archive",
                "EndEvent_Archived").isEnded();
        assertThat(fixtures.issues.issues.load(issue.id()).status()).isEqualTo(IssueStatus.ARCHIVED);
    }

    @Test
    void theDemoSeriesCirculatesToTheFourDemoUnits() {
        com.briefingdesk.issue.BriefingSeries demo = fixtures.issues.series.all().stream()
                .filter(s -> s.code().equals("jswm")).findFirst().orElseThrow();
        assertThat(demo.recipients()).filteredOn(r -> r.unitId() != null)
                .allMatch(r -> r.line() == com.briefingdesk.issue.RecipientLine.DISTRIBUTE)
                .extracting(com.briefingdesk.issue.Recipient::unitId)
                .containsExactly(unitId("kunshan"), unitId("jurong"), unitId("binhai"), unitId("gulou"));
    }
}
