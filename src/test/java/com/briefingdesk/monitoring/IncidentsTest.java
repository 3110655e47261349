package com.briefingdesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.briefingdesk.BriefingDeskTest;
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

/** A job that fails on every try becomes an incident on the dashboard; an administrator's retry gets it going. */
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
    void onlyAdministratorsSeeOrRetryIncidentsAndAnUnknownIncidentIsNotFound() {
        assertThatThrownBy(() -> incidents.open(fixtures.user("editor"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> incidents.retry(fixtures.user("editor"), "x"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> incidents.retry(fixtures.admin(), "no-such-incident"))
                .isInstanceOf(NotFoundException.class);
    }
}
