package com.briefingdesk.monitoring;

import com.briefingdesk.approval.TaskActionLog;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.kernel.BundleI18NProvider;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.task.ActivityNames;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Service;

/**
 * Everything about one article's or issue's process: the deployed model it runs on, the steps taken and the step
 * it stands at (engine history), and one timeline merging the object's own record, the steps and the
 * administrators' acts on its tasks.
 */
@Service
class ProcessInsight {

    /**
     * The detail of one monitored object. {@code bpmnXml} is the model as deployed, {@code diagramXml} the same
     * labelled in the reader's language for drawing; {@code activeSteps} and {@code stepsTaken} are BPMN element ids.
     */
    record Detail(MonitoredProcess process, MonitoredProcess.Subject subject, String bpmnXml, String diagramXml,
                  Set<String> stepsTaken, Set<String> activeSteps, List<TimelineEntry> timeline) { }

    private final List<MonitoredProcess> processes;
    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final TaskActionLog actionLog;
    private final UserDirectory directory;
    private final ActivityNames activityNames;
    private final OfficeClock clock;
    private final BundleI18NProvider messages;

    ProcessInsight(List<MonitoredProcess> processes, HistoryService historyService,
                   RepositoryService repositoryService, TaskActionLog actionLog, UserDirectory directory,
                   ActivityNames activityNames, OfficeClock clock, BundleI18NProvider messages) {
        this.processes = processes;
        this.historyService = historyService;
        this.repositoryService = repositoryService;
        this.actionLog = actionLog;
        this.directory = directory;
        this.activityNames = activityNames;
        this.clock = clock;
        this.messages = messages;
    }

    MonitoredProcess process(String processKey) {
        return processes.stream().filter(p -> p.processKey().equals(processKey)).findFirst()
                .orElseThrow(() -> new NotFoundException("process " + processKey));
    }

    /** The steps and the tasks acted on are named in the given language. */
    Detail detail(AppUser admin, String processKey, long id, Locale locale) {
        AdminOnly.require(admin, processKey + " " + id);
        MonitoredProcess process = process(processKey);
        MonitoredProcess.Subject subject = process.find(admin, id)
                .orElseThrow(() -> new NotFoundException(processKey + " " + id));
        List<TimelineEntry> timeline = new ArrayList<>(process.domainTimeline(admin, id));
        String pi = subject.processInstanceId();
        if (pi == null) {
            timeline.sort(Comparator.comparing(TimelineEntry::at));
            return new Detail(process, subject, null, null, Set.of(), Set.of(), timeline);
        }
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery().processInstanceId(pi)
                .singleResult();
        if (instance == null) {
            throw new NotFoundException("process instance " + pi);
        }
        List<HistoricActivityInstance> steps = historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(pi).orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc().list();
        Set<String> taken = new LinkedHashSet<>();
        Set<String> active = new LinkedHashSet<>();
        Map<String, String> names = new HashMap<>();
        for (HistoricActivityInstance step : steps) {
            (step.getEndTime() == null ? active : taken).add(step.getActivityId());
            if (!step.getActivityType().contains("Gateway")) {
                String who = step.getAssignee() == null ? null : names.computeIfAbsent(step.getAssignee(),
                        u -> directory.findByUsername(u).map(AppUser::displayName).orElse(u));
                timeline.add(new TimelineEntry(
                        (step.getEndTime() == null ? step.getStartTime() : step.getEndTime()).toInstant(),
                        TimelineEntry.Source.STEP, activityNames.name(locale, step.getProcessDefinitionKey(),
                                step.getActivityId(), step.getActivityName()), who,
                        step.getEndTime() == null ? "monitoring.step.active"
                                : step.isCanceled() ? "monitoring.step.canceled" : "monitoring.step.done",
                        null));
            }
        }
        taken.removeAll(active);
        for (TaskActionLog.Entry act : actionLog.ofProcess(pi)) {
            String task = activityNames.name(locale, instance.getProcessDefinitionKey(), act.taskKey(), act.taskName());
            String target = act.toAssignee() != null ? act.toAssignee()
                    : act.dueAt() != null ? clock.minute(act.dueAt()) : null;
            timeline.add(new TimelineEntry(act.at(),
                    act.kind().byAdministrator() ? TimelineEntry.Source.ADMIN : TimelineEntry.Source.ACT,
                    act.kind().messageKey(), act.onBehalfOf() == null ? act.actorName()
                            : act.actorName() + " / " + act.onBehalfOf(), null,
                    task == null ? act.reason() : messages.getTranslation("punctuation.labelled", locale,
                            task + (target == null ? "" : " → " + target), act.reason())));
        }
        timeline.sort(Comparator.comparing(TimelineEntry::at));
        String deployed = modelXml(instance.getProcessDefinitionId());
        return new Detail(process, subject, deployed, labelled(deployed, instance.getProcessDefinitionKey(), locale),
                taken, active, timeline);
    }

    private String modelXml(String processDefinitionId) {
        try (InputStream in = repositoryService.getProcessModel(processDefinitionId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model with its steps and flows labelled in the given language, for the diagram. */
    private String labelled(String xml, String processKey, Locale locale) {
        BpmnModelInstance model = Bpmn.readModelFromStream(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            if (element.getName() != null && !element.getName().isBlank()) {
                element.setName(activityNames.name(locale, processKey, element.getId(), element.getName()));
            }
        }
        return Bpmn.convertToString(model);
    }
}
