package com.briefingdesk.approval;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.task.ActivityNames;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.di.Instantiator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * The timeline of 转办, 委派 with the opinions given back, tasks taken by a deputy (代 Y 办理) and an editor's 催办 in
 * one article's or issue's process. Shown beside the object's own timeline; hidden while there is nothing to show.
 */
public class ApprovalActs extends Div {

    static final Set<TaskActionLog.Kind> SHOWN = EnumSet.of(TaskActionLog.Kind.TRANSFERRED,
            TaskActionLog.Kind.DELEGATED, TaskActionLog.Kind.RESOLVED, TaskActionLog.Kind.DEPUTIZED,
            TaskActionLog.Kind.URGED);

    private final TaskActionLog actionLog;
    private final UserDirectory directory;
    private final HistoryService historyService;
    private final ActivityNames activityNames;
    private final OfficeClock clock;
    final OrderedList list = new OrderedList();

    public ApprovalActs(TaskActionLog actionLog, UserDirectory directory, HistoryService historyService,
                        ActivityNames activityNames, OfficeClock clock) {
        this.actionLog = actionLog;
        this.directory = directory;
        this.historyService = historyService;
        this.activityNames = activityNames;
        this.clock = clock;
        setId("approval-acts");
        list.addClassName("timeline");
        add(new H3(getTranslation("approval.acts")), list);
    }

    /** The acts of the process; nothing shown for an object without a process yet (a draft). */
    public static ApprovalActs ofProcess(String processInstanceId) {
        ApprovalActs acts = Instantiator.get(UI.getCurrent()).getOrCreate(ApprovalActs.class);
        acts.show(processInstanceId);
        return acts;
    }

    void show(String processInstanceId) {
        list.removeAll();
        List<TaskActionLog.Entry> entries = processInstanceId == null ? List.of()
                : actionLog.ofProcess(processInstanceId).stream().filter(e -> SHOWN.contains(e.kind())).toList();
        String processKey = entries.isEmpty() ? null : processKey(processInstanceId);
        for (TaskActionLog.Entry entry : entries) {
            String task = activityNames.name(getLocale(), processKey, entry.taskKey(), entry.taskName());
            String who = entry.onBehalfOf() == null ? entry.actorName()
                    : getTranslation("approval.onBehalfOf", entry.actorName(), entry.onBehalfOf());
            // to whom it went, or whom a reminder was for (nobody named while the step waited to be claimed)
            String towards = switch (entry.kind()) {
                case TRANSFERRED, DELEGATED -> entry.toAssignee();
                case URGED -> entry.fromAssignee();
                default -> null;
            };
            ListItem item = new ListItem(new Span(clock.minute(entry.at())),
                    new Span(getTranslation(entry.kind().messageKey())), new Span(who),
                    new Span(task + (towards != null ? " → " + nameOf(towards) : "")));
            item.addClassName("timeline-event");
            if (entry.reason() != null && !entry.reason().isBlank()) {
                Div text = new Div(entry.reason());
                text.addClassName("timeline-comment");
                item.add(text);
            }
            list.add(item);
        }
        setVisible(!entries.isEmpty());
    }

    /** The key of the model the process runs on, which names its tasks with their ids. */
    private String processKey(String processInstanceId) {
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        return instance == null ? null : instance.getProcessDefinitionKey();
    }

    private String nameOf(String username) {
        return directory.findByUsername(username).map(AppUser::displayName).orElse(username);
    }
}
