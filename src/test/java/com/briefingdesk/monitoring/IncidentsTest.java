package com.briefingdesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.article.Article;
import com.briefingdesk.article.SampleArticles;
import com.briefingdesk.circulation.PublicationFixtures;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssueStatus;
import com.briefingdesk.kernel.NotFoundException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A job that fails on every try becomes an incident on the dashboard; an administrator's retry gets it going. The
 * same for the real one most likely to fail: rendering an issue's PDF.
 */
@BriefingDeskTest
class IncidentsTest {

    static final String KEY = "monitoringFailingStep";

    @Autowired
    Incidents incidents;
    @Autowired
    MonitoringFixtures fixtures;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    PublicationFixtures publication;
    @Autowired
    JdbcTemplate jdbc;
    String deploymentId;

    @BeforeEach
    void deployAFailingStep() {
        // An asynchronous step that fails while the variable 'fixed' is false: a stand-in for a mail server down.
        deploymentId = repositoryService.createDeployment().addModelInstance(KEY + ".bpmn",
                Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1).startEvent()
                        .serviceTask("Task_Fragile").camundaAsyncBefore()
                        .camundaExpression("${fixed ? 'ok' : execution.getVariable('missing').toString()}")
                        .userTask("Task_After").endEvent().done())
                .deploy().getId();
    }

    @AfterEach
    void undeploy() {
        repositoryService.deleteDeployment(deploymentId, true);
    }

    @Test
    void aJobThatFailedEveryTryIsShownWithItsMessageAndCanBeRetried() {
        ProcessInstance pi = runtimeService.startProcessInstanceByKey(KEY, "77", Map.of("fixed", false));
        Job job = managementService.createJobQuery().processInstanceId(pi.getId()).singleResult();
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                managementService.executeJob(job.getId());
            } catch (RuntimeException expected) {
                // the engine counts the failure down; the third one raises the incident
            }
        }

        List<OpenIncident> ours = incidents.open(fixtures.admin()).stream()
                .filter(i -> pi.getId().equals(i.processInstanceId())).toList();
        assertThat(ours).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo("failedJob");
            assertThat(i.activityId()).isEqualTo("Task_Fragile");
            assertThat(i.processKey()).isEqualTo(KEY);
            assertThat(i.businessKey()).isEqualTo("77");
            assertThat(i.message()).isNotBlank();
            assertThat(i.jobId()).isEqualTo(job.getId());
            assertThat(i.retryable()).isTrue();
        });

        runtimeService.setVariable(pi.getId(), "fixed", true);
        incidents.retry(fixtures.admin(), ours.get(0).id());
        assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(1);
        managementService.executeJob(job.getId());

        assertThat(incidents.open(fixtures.admin())).noneMatch(i -> pi.getId().equals(i.processInstanceId()));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult())
                .isNotNull();
        assertThat(fixtures.taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult()
                .getTaskDefinitionKey()).isEqualTo("Task_After");
    }

    @Test
    void aRenderThatKeepsFailingIsAnIncidentOfItsIssueThatTheAdministratorsRetryPublishes() {
        Article article = publication.issues.accepted("binhai", SampleArticles.all().get(2));
        // a character that no configured font can print: the PDF must fail rather than print a box
        jdbc.update("update article set title = title || '😀' where id = ?", article.id());
        Issue issue = publication.signedOff(publication.circulatingSeries(), List.of(article));
        String jobId = publication.renderJob(issue).getId();
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                managementService.executeJob(jobId);
            } catch (RuntimeException expected) {
                // R3/PT1M: the third failure raises the incident
            }
        }

        OpenIncident incident = incidents.open(fixtures.admin()).stream()
                .filter(i -> issue.processInstanceId().equals(i.processInstanceId())).findFirst().orElseThrow();
        assertThat(incident.activityId()).isEqualTo("Task_RenderDocuments");
        assertThat(incident.businessKey()).isEqualTo(String.valueOf(issue.id()));
        assertThat(incident.message()).contains("U+1F600", "briefing.pdf.fonts");

        jdbc.update("update article set title = replace(title, '😀', '') where id = ?", article.id());
        incidents.retry(fixtures.admin(), incident.id());
        managementService.executeJob(jobId);

        assertThat(incidents.open(fixtures.admin()))
                .noneMatch(i -> issue.processInstanceId().equals(i.processInstanceId()));
        assertThat(publication.issues.issues.load(issue.id()).status()).isEqualTo(IssueStatus.PUBLISHED);
        assertThat(publication.issues.issues.load(issue.id()).serialNumber()).isEqualTo(issue.serialNumber());
    }

    @Test
    void onlyAdministratorsSeeOrRetryIncidentsAndAnUnknownIncidentIsNotFound() {
        assertThatThrownBy(() -> incidents.open(fixtures.user("editor"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> incidents.retry(fixtures.user("editor"), "x"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> incidents.retry(fixtures.admin(), "no-such-incident"))
                .isInstanceOf(NotFoundException.class);
    }
}
