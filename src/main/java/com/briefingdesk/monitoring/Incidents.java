package com.briefingdesk.monitoring;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.NotFoundException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Open incidents of every process, and the retry of a failed job. */
@Service
class Incidents {

    private static final Logger log = LoggerFactory.getLogger(Incidents.class);

    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final RepositoryService repositoryService;

    Incidents(RuntimeService runtimeService, ManagementService managementService,
              RepositoryService repositoryService) {
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.repositoryService = repositoryService;
    }

    List<OpenIncident> open(AppUser admin) {
        AdminOnly.require(admin, "incidents");
        List<Incident> incidents = runtimeService.createIncidentQuery().orderByIncidentTimestamp().desc().list();
        Map<String, String> keys = new HashMap<>();
        Map<String, String> businessKeys = new HashMap<>();
        return incidents.stream().map(i -> new OpenIncident(i.getId(), i.getIncidentType(), i.getIncidentMessage(),
                i.getActivityId(), i.getProcessInstanceId(),
                keys.computeIfAbsent(i.getProcessDefinitionId(),
                        id -> repositoryService.getProcessDefinition(id).getKey()),
                businessKeys.computeIfAbsent(i.getProcessInstanceId(), this::businessKey),
                i.getIncidentTimestamp().toInstant(),
                Incident.FAILED_JOB_HANDLER_TYPE.equals(i.getIncidentType()) ? i.getConfiguration() : null))
                .toList();
    }

    /** Gives the failed job one more try; the job executor picks it up. */
    void retry(AppUser admin, String incidentId) {
        AdminOnly.require(admin, "incident " + incidentId);
        Incident incident = runtimeService.createIncidentQuery().incidentId(incidentId).singleResult();
        if (incident == null || !Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType())) {
            throw new NotFoundException("incident " + incidentId);
        }
        managementService.setJobRetries(incident.getConfiguration(), 1);
        log.info("{} retries job {} of process instance {} ({})", admin.username(), incident.getConfiguration(),
                incident.getProcessInstanceId(), incident.getIncidentMessage());
    }

    private String businessKey(String processInstanceId) {
        if (processInstanceId == null) {
            return "";
        }
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult();
        return pi == null || pi.getBusinessKey() == null ? "" : pi.getBusinessKey();
    }
}
