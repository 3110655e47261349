package com.briefingdesk.monitoring;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.kernel.ui.Punctuation;
import com.briefingdesk.layout.MainLayout;
import com.briefingdesk.task.ActivityNames;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.function.Function;

/**
 * One article or issue as administrators see it: its process model with the steps taken and the step it stands
 * at, its open tasks (with 转办, due date, 催办), every step with who, when, decision and opinion, and for an
 * article the versions of its text. The deployed model's XML is at hand for support.
 */
@Route(value = "admin/processes/:process([A-Za-z][A-Za-z0-9_-]*)/:id([0-9]+)", layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_AUTHORITY)
public class ProcessDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProcessInsight insight;
    private final TaskWatch taskWatch;
    private final TaskActionDialog.Factory taskActions;
    private final ActivityNames activityNames;
    private final GroupLabels groupLabels;
    private final AppUser admin;
    private final OfficeClock clock;
    private Function<WatchedTask, String> holderOf = WatchedTask::holder; // by name, set as the tasks are read
    final BpmnDiagram diagram = new BpmnDiagram();
    final Grid<WatchedTask> openTasks = new Grid<>();
    final OrderedList timeline = new OrderedList();
    final Pre xml = new Pre();
    private String processKey;
    private long id;
    private ProcessInsight.Detail detail;

    public ProcessDetailView(ProcessInsight insight, TaskWatch taskWatch, TaskActionDialog.Factory taskActions,
                             ActivityNames activityNames, GroupLabels groupLabels, CurrentUser currentUser,
                             OfficeClock clock) {
        this.insight = insight;
        this.taskWatch = taskWatch;
        this.taskActions = taskActions;
        this.activityNames = activityNames;
        this.groupLabels = groupLabels;
        this.admin = currentUser.get();
        this.clock = clock;
        setId("process-detail");
        diagram.setId("process-diagram");
        openTasks.setId("process-tasks");
        openTasks.addColumn(t -> t.nameIn(activityNames, getLocale())).setHeader(getTranslation("monitoring.task.name"))
                .setAutoWidth(true);
        openTasks.addColumn(t -> t.unstaffed() ? Punctuation.aside(this, holderOf.apply(t),
                        getTranslation("monitoring.task.unstaffed")) : holderOf.apply(t))
                .setHeader(getTranslation("monitoring.task.holder"))
                .setAutoWidth(true);
        openTasks.addColumn(t -> clock.minute(t.created())).setHeader(getTranslation("inbox.created"))
                .setAutoWidth(true);
        openTasks.addColumn(t -> clock.minute(t.due())).setHeader(getTranslation("inbox.due")).setAutoWidth(true);
        openTasks.addComponentColumn(t -> {
            Button act = new Button(getTranslation("monitoring.task.act"), e -> act(t));
            act.addThemeVariants(ButtonVariant.LUMO_SMALL);
            act.setId("act-" + t.id());
            return act;
        }).setHeader(getTranslation("inbox.actions")).setAutoWidth(true);
        openTasks.setEmptyStateText(getTranslation("monitoring.openTasks.none"));
        openTasks.setAllRowsVisible(true);
        timeline.setId("process-timeline");
        timeline.addClassName("timeline");
        xml.setId("process-xml");
        xml.addClassName("process-xml");
    }

    /** Where the detail of a monitored object is; the business key of its process is its id. */
    static String location(String processKey, String businessKey) {
        return "admin/processes/" + processKey + "/" + businessKey;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        processKey = event.getRouteParameters().get("process").orElseThrow();
        id = event.getRouteParameters().getLong("id").orElseThrow();
        render();
    }

    void act(WatchedTask task) {
        try {
            taskActions.open(admin, task.id(), this::render);
        } catch (NotFoundException e) {
            Notices.error(getTranslation("task.notAvailable"));
            render();
        }
    }

    private void render() {
        detail = insight.detail(admin, processKey, id, getLocale());
        removeAll();
        Span status = new Span(getTranslation(detail.subject().statusKey()));
        status.getElement().getThemeList().add("badge");
        status.setId("process-status");
        HorizontalLayout meta = new HorizontalLayout(new Span(getTranslation(detail.process().kindLabelKey())
                + " #" + id), new Span(detail.subject().owner()), status);
        meta.addClassName("article-meta");
        add(new H2(detail.subject().title()), meta);
        if (detail.bpmnXml() != null) {
            diagram.show(detail.diagramXml(), detail.stepsTaken(), detail.activeSteps());
            Span legend = new Span(getTranslation("monitoring.diagram.legend"));
            legend.addClassName("diagram-legend");
            add(diagram, legend);
            holderOf = groupLabels.holders(this);
            openTasks.setItems(taskWatch.ofProcess(admin, detail.subject().processInstanceId(), Instant.now()));
            add(new H3(getTranslation("monitoring.openTasks")), openTasks);
        }
        renderTimeline();
        add(new H3(getTranslation("monitoring.timeline")), timeline);
        detail.process().extraSection(admin, id).ifPresent(extra ->
                add(new H3(getTranslation("monitoring.versions")), extra));
        if (detail.bpmnXml() != null) {
            xml.setText(detail.bpmnXml());
            Details model = new Details(getTranslation("monitoring.xml"), xml);
            model.setWidthFull();
            add(model);
        }
    }

    private void renderTimeline() {
        timeline.removeAll();
        for (TimelineEntry entry : detail.timeline()) {
            Span when = new Span(clock.minute(entry.at()));
            when.addClassName("timeline-time");
            Span source = new Span(getTranslation(entry.source().messageKey()));
            source.getElement().getThemeList().add("badge small contrast");
            Span what = new Span(entry.source() == TimelineEntry.Source.STEP ? entry.what()
                    : getTranslation(entry.what()));
            what.addClassName("timeline-kind");
            Span who = new Span(entry.who() == null ? (entry.source() == TimelineEntry.Source.STEP ? ""
                    : getTranslation("timeline.system")) : entry.who());
            who.addClassName("timeline-actor");
            ListItem item = new ListItem(when, source, what, who);
            if (entry.decision() != null) {
                Span decision = new Span(getTranslation(entry.decision()));
                decision.addClassName("timeline-decision");
                item.add(decision);
            }
            if (entry.opinion() != null && !entry.opinion().isBlank()) {
                Div opinion = new Div(entry.opinion());
                opinion.addClassName("timeline-comment");
                item.add(opinion);
            }
            item.addClassName("timeline-event");
            timeline.add(item);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        BrowserScripts.style(event.getUI(), BrowserScripts.MONITORING_CSS);
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("nav.dashboard") : detail.subject().title();
    }
}
