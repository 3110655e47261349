package com.briefingdesk.monitoring;

import com.briefingdesk.article.ArticleStatus;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.issue.BriefingSeries;
import com.briefingdesk.issue.IssueStatus;
import com.briefingdesk.issue.SeriesService;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ui.KeptCurrent;
import com.briefingdesk.kernel.ui.ListColumns;
import com.briefingdesk.kernel.ui.ListHeight;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.kernel.ui.Punctuation;
import com.briefingdesk.layout.MainLayout;
import com.briefingdesk.task.ActivityNames;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The administrators' dashboard: where articles and issues stand, which tasks nobody can take, which are overdue
 * or old and with whom, what failed, and how submissions, adoptions and cycle times develop. Refreshes itself every
 * half minute.
 */
@Route(value = "admin/dashboard", layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_AUTHORITY)
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    static final int TREND_MONTHS = 12;

    private final Dashboard dashboard;
    private final TaskWatch taskWatch;
    private final Incidents incidents;
    private final TaskActionDialog.Factory taskActions;
    private final ActivityNames activityNames;
    private final GroupLabels groupLabels;
    private final AppUser admin;
    private final OfficeClock clock;
    final Select<Unit> unit = new Select<>();
    final Select<BriefingSeries> series = new Select<>();
    final Div articleCounts = new Div();
    final Div issueCounts = new Div();
    final Grid<WatchedTask> tasks = new Grid<>();
    final Div holders = new Div();
    final Grid<OpenIncident> incidentGrid = new Grid<>();
    final EChart volumes = new EChart();
    final EChart cycleTimes = new EChart();
    final Span noTasks = new Span();
    final Span noIncidents = new Span();
    final RouterLink shortOfRoles = new RouterLink(); // to the units where a role they need is held by nobody
    private final UserDirectory directory;
    private Function<WatchedTask, String> holderOf = WatchedTask::holder; // by name, set as the list is read

    public DashboardView(Dashboard dashboard, TaskWatch taskWatch, Incidents incidents,
                         TaskActionDialog.Factory taskActions, ActivityNames activityNames, GroupLabels groupLabels,
                         UserDirectory directory, SeriesService seriesService, CurrentUser currentUser,
                         OfficeClock clock) {
        this.dashboard = dashboard;
        this.taskWatch = taskWatch;
        this.incidents = incidents;
        this.taskActions = taskActions;
        this.activityNames = activityNames;
        this.groupLabels = groupLabels;
        this.admin = currentUser.get();
        this.clock = clock;
        this.directory = directory;
        setId("dashboard");

        unit.setLabel(getTranslation("monitoring.filter.unit"));
        unit.setEmptySelectionAllowed(true);
        unit.setEmptySelectionCaption(getTranslation("monitoring.filter.allUnits"));
        unit.setItems(directory.findUnits().stream().filter(u -> u.kind() == Unit.Kind.MEMBER).toList());
        unit.setItemLabelGenerator(u -> u == null ? getTranslation("monitoring.filter.allUnits") : u.name());
        unit.setId("dashboard-unit");
        series.setLabel(getTranslation("monitoring.filter.series"));
        series.setEmptySelectionAllowed(true);
        series.setEmptySelectionCaption(getTranslation("monitoring.filter.allSeries"));
        series.setItems(seriesService.all());
        series.setItemLabelGenerator(s -> s == null ? getTranslation("monitoring.filter.allSeries") : s.title());
        series.setId("dashboard-series");
        unit.addValueChangeListener(e -> refresh());
        series.addValueChangeListener(e -> refresh());
        Button reload = new Button(getTranslation("monitoring.refresh"), VaadinIcon.REFRESH.create(), e -> refresh());
        reload.setId("dashboard-refresh");
        HorizontalLayout filters = new HorizontalLayout(unit, series, reload);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        articleCounts.setId("article-counts");
        articleCounts.addClassName("status-counts");
        issueCounts.setId("issue-counts");
        issueCounts.addClassName("status-counts");
        configureTasks();
        holders.setId("task-holders");
        configureIncidents();
        shortOfRoles.setRoute(DirectoryAdminView.class);
        shortOfRoles.setQueryParameters(QueryParameters.of(DirectoryAdminView.GAPS_ONLY, "1"));
        shortOfRoles.setId("units-short-of-roles");
        noTasks.setText(getTranslation("monitoring.tasks.none"));
        noTasks.addClassName("empty-note");
        noIncidents.setText(getTranslation("monitoring.incidents.none"));
        noIncidents.addClassName("empty-note");
        volumes.setId("chart-volumes");
        cycleTimes.setId("chart-cycle-times");

        add(new H2(getPageTitle()), filters,
                new H3(getTranslation("monitoring.articles")), articleCounts,
                new H3(getTranslation("monitoring.issues")), issueCounts,
                new H3(getTranslation("monitoring.tasks", taskWatch.taskAge().toDays())), shortOfRoles, noTasks,
                holders, tasks,
                new H3(getTranslation("monitoring.incidents")), noIncidents, incidentGrid,
                volumes, cycleTimes);
        refresh();
        KeptCurrent.by(this, this::refresh);
    }

    private void configureTasks() {
        tasks.setId("attention-tasks");
        tasks.addColumn(t -> t.nameIn(activityNames, getLocale())).setHeader(getTranslation("monitoring.task.name"))
                .setAutoWidth(true);
        tasks.addComponentColumn(t -> detailLink(t.processKey(), t.businessKey(), t.subjectTitle()))
                .setHeader(getTranslation("inbox.subject")).setFlexGrow(3);
        tasks.addColumn(WatchedTask::subjectUnit).setHeader(getTranslation("inbox.unit")).setAutoWidth(true);
        tasks.addColumn(t -> holderOf.apply(t)).setHeader(getTranslation("monitoring.task.holder")).setAutoWidth(true);
        tasks.addColumn(t -> clock.minute(t.created())).setHeader(getTranslation("inbox.created")).setAutoWidth(true);
        tasks.addColumn(t -> clock.minute(t.due())).setHeader(getTranslation("inbox.due")).setAutoWidth(true);
        tasks.addComponentColumn(this::state).setHeader(getTranslation("monitoring.task.state")).setAutoWidth(true);
        tasks.addComponentColumn(t -> {
            Button act = new Button(getTranslation("monitoring.task.act"), e -> act(t));
            act.addThemeVariants(ButtonVariant.LUMO_SMALL);
            act.setId("act-" + t.id());
            return act;
        }).setHeader(getTranslation("inbox.actions")).setAutoWidth(true);
        // Hundreds of waiting tasks are possible: the grid scrolls and sends the browser only the rows in view.
        ListColumns.titlesTakeTheRoom(tasks);
        tasks.setHeight("26em");
    }

    private Span state(WatchedTask task) {
        Span state = new Span(getTranslation(task.unstaffed() ? "monitoring.task.unstaffed"
                : task.overdue() ? "monitoring.task.overdue" : "monitoring.task.old"));
        state.getElement().getThemeList().add(task.unstaffed() || task.overdue() ? "badge error" : "badge contrast");
        return state;
    }

    private void configureIncidents() {
        incidentGrid.setId("incidents");
        incidentGrid.addColumn(i -> clock.minute(i.at())).setHeader(getTranslation("monitoring.incident.at"))
                .setAutoWidth(true);
        incidentGrid.addComponentColumn(i -> detailLink(i.processKey(), i.businessKey(),
                i.processKey() + " " + i.businessKey())).setHeader(getTranslation("inbox.subject")).setAutoWidth(true);
        incidentGrid.addColumn(i -> activityNames.name(getLocale(), i.processKey(), i.activityId(), null))
                .setHeader(getTranslation("monitoring.incident.step")).setAutoWidth(true);
        incidentGrid.addColumn(OpenIncident::message).setHeader(getTranslation("monitoring.incident.message"))
                .setFlexGrow(3);
        incidentGrid.addComponentColumn(i -> {
            Button retry = new Button(getTranslation("monitoring.incident.retry"), e -> retry(i));
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
            retry.setId("retry-" + i.id());
            retry.setEnabled(i.retryable());
            return retry;
        }).setHeader(getTranslation("inbox.actions")).setAutoWidth(true);
        ListColumns.titlesTakeTheRoom(incidentGrid);
    }

    private Anchor detailLink(String processKey, String businessKey, String text) {
        return new Anchor(ProcessDetailView.location(processKey, businessKey), text);
    }

    /** The row buttons call these; Karibu does not reach into grid cells. */
    void retry(OpenIncident incident) {
        try {
            incidents.retry(admin, incident.id());
            Notices.success(getTranslation("monitoring.incident.retried"));
        } catch (NotFoundException e) {
            Notices.error(getTranslation("monitoring.incident.gone"));
        }
        refresh();
    }

    void act(WatchedTask task) {
        try {
            taskActions.open(admin, task.id(), this::refresh);
        } catch (NotFoundException e) {
            Notices.error(getTranslation("task.notAvailable"));
            refresh();
        }
    }

    void refresh() {
        Long unitId = unit.getValue() == null ? null : unit.getValue().id();
        Long seriesId = series.getValue() == null ? null : series.getValue().id();
        showCounts(articleCounts, "article-count-", dashboard.articlesByStatus(admin, unitId), ArticleStatus::messageKey);
        showCounts(issueCounts, "issue-count-", dashboard.issuesByStatus(admin, seriesId), IssueStatus::messageKey);
        List<WatchedTask> attention = taskWatch.needingAttention(admin, Instant.now());
        holderOf = groupLabels.holders(this);
        tasks.setItems(attention);
        tasks.setVisible(!attention.isEmpty());
        noTasks.setVisible(attention.isEmpty());
        holders.removeAll();
        TaskWatch.byHolder(attention, holderOf).forEach((holder, count) -> {
            Span line = new Span(Punctuation.labelled(this, holder, count));
            line.getElement().getThemeList().add("badge");
            holders.add(line, new Text(" "));
        });
        int unitsShort = directory.unitsShortOfRoles().size();
        shortOfRoles.setText(getTranslation("monitoring.unitsShortOfRoles", unitsShort));
        shortOfRoles.setVisible(unitsShort > 0);
        List<OpenIncident> failures = incidents.open(admin);
        incidentGrid.setItems(failures);
        ListHeight.fit(incidentGrid, failures.size());
        incidentGrid.setVisible(!failures.isEmpty());
        noIncidents.setVisible(failures.isEmpty());
        List<Dashboard.Month> months = dashboard.trend(admin, unitId, seriesId, TREND_MONTHS);
        volumes.setOption(TrendCharts.volumes(months, getTranslation("monitoring.chart.volumes"),
                getTranslation("monitoring.chart.submitted"), getTranslation("monitoring.chart.accepted"),
                getTranslation("monitoring.chart.adopted")));
        cycleTimes.setOption(TrendCharts.cycleTimes(months, getTranslation("monitoring.chart.cycleTimes"),
                getTranslation("monitoring.chart.daysToAcceptance"), getTranslation("monitoring.chart.daysToSignOff")));
    }

    private <S extends Enum<S>> void showCounts(Div target, String idPrefix, Map<S, Long> counts,
                                                java.util.function.Function<S, String> messageKey) {
        target.removeAll();
        counts.forEach((status, count) -> {
            Span label = new Span(getTranslation(messageKey.apply(status)));
            Span value = new Span(String.valueOf(count));
            value.addClassName("status-count-value");
            value.setId(idPrefix + status.name());
            Div card = new Div(label, value);
            card.addClassName("status-count");
            target.add(card);
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        BrowserScripts.style(event.getUI(), BrowserScripts.MONITORING_CSS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
