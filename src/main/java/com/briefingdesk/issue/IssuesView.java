package com.briefingdesk.issue;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ui.KeptCurrent;
import com.briefingdesk.kernel.ui.LoadedOnArrival;
import com.briefingdesk.kernel.ui.Punctuation;
import com.briefingdesk.layout.MainLayout;
import com.briefingdesk.task.TaskForms;
import com.briefingdesk.task.TaskInbox;
import com.briefingdesk.task.WaitingStep;
import com.briefingdesk.task.WaitingSteps;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** 简报: the issues of every series, where each stands; editors start a new one here. */
@Route(value = "issues", layout = MainLayout.class)
@RolesAllowed({"EDITOR", "REVIEWER", "SIGNATORY", "ADMIN"})
public class IssuesView extends VerticalLayout implements HasDynamicTitle, LoadedOnArrival {

    final Grid<IssueSummary> grid = new Grid<>();
    final Select<BriefingSeries> series = new Select<>();
    final Button start = new Button();
    final ComboBox<BriefingSeries> shownSeries = new ComboBox<>();
    final ComboBox<IssueStatus> shownStatus = new ComboBox<>();

    private final IssueService issues;
    private final AppUser user;
    private final List<CirculationProgress> circulation;
    private final WaitingSteps waitingSteps;
    // sign-offs and acknowledgements show while the editor looks at the list
    private final KeptCurrent<Listed> kept = KeptCurrent.of(this, this::read, this::show);

    /** The list as read: the issues, their units' acknowledgements, and who has each in hand (by process). */
    private record Listed(List<IssueSummary> summaries, Map<Long, CirculationProgress.Acknowledged> acknowledged,
                          Map<String, List<WaitingStep>> waiting) {
    }

    public IssuesView(IssueService issues, SeriesService seriesService, TaskService taskService, TaskInbox inbox,
                      CurrentUser currentUser, OfficeClock clock, List<CirculationProgress> circulation,
                      WaitingSteps waitingSteps) {
        this.issues = issues;
        this.waitingSteps = waitingSteps;
        this.user = currentUser.get();
        this.circulation = circulation;
        setId("issues");
        series.setLabel(getTranslation("issue.start.series")); // apart from the list's own series filter below
        series.setItems(seriesService.all().stream().filter(BriefingSeries::active).toList());
        series.setItemLabelGenerator(BriefingSeries::title);
        series.setId("series");
        series.setWidth("20em"); // the default width cuts a series title such as 江苏精神文明建设简报
        if (!seriesService.all().isEmpty()) {
            series.setValue(seriesService.all().get(0));
        }
        start.setText(getTranslation("issue.start"));
        start.setId("start-issue");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> {
            if (series.getValue() == null) {
                series.setErrorMessage(getTranslation("issue.series.required"));
                series.setInvalid(true);
                return;
            }
            Issue issue = issues.start(user, series.getValue().id());
            Task compose = taskService.createTaskQuery().processInstanceId(issue.processInstanceId())
                    .singleResult();
            inbox.claim(compose.getId(), user);
            getUI().ifPresent(ui -> ui.navigate(TaskForms.location(IssueTasks.COMPOSE_FORM, compose.getId())));
        });
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.issues")));
        if (user.has(Role.EDITOR)) {
            header.add(series, start);
        }
        header.setAlignItems(Alignment.BASELINE);

        grid.setId("issue-list");
        grid.addColumn(IssueSummary::seriesTitle).setHeader(getTranslation("issue.series")).setAutoWidth(true);
        // before sign-off the number is still to come, and a supplement says so, for it will be numbered apart
        grid.addColumn(i -> i.numbered() ? IssueDesignation.of(this, i.supplement(), i.year(), i.numberInYear())
                : getTranslation(i.supplement() ? "issue.list.numberPending.supplement" : "issue.list.numberPending"))
                .setHeader(getTranslation("issue.number")).setAutoWidth(true);
        grid.addColumn(i -> i.serialLabel() == null ? "" : i.serialLabel()).setHeader(getTranslation("issue.serial"))
                .setAutoWidth(true);
        grid.addComponentColumn(i -> {
            Span status = new Span(getTranslation(i.status().messageKey()));
            status.getElement().getThemeList().add("badge" + (i.status().published() ? " success" : ""));
            return status;
        }).setHeader(getTranslation("article.status")).setAutoWidth(true);
        grid.addColumn(this::holders).setHeader(getTranslation("issue.list.holder")).setKey("holder")
                .setAutoWidth(true);
        grid.addColumn(i -> Optional.ofNullable(kept.shown().acknowledged().get(i.id()))
                        .map(a -> a.acknowledged() + " / " + a.units()).orElse(""))
                .setHeader(getTranslation("issue.list.acknowledged")).setKey("acknowledged").setAutoWidth(true);
        grid.addColumn(IssueSummary::articleCount).setHeader(getTranslation("issue.articleCount")).setAutoWidth(true);
        grid.addColumn(i -> clock.minute(i.createdAt())).setHeader(getTranslation("issue.createdAt"))
                .setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("issues/" + e.getItem().id())));
        grid.setEmptyStateText(getTranslation("issue.list.noneMatch"));

        // a series issues fifty a year: the list is narrowed by series and by where the issue stands, and scrolls
        shownSeries.setLabel(getTranslation("issue.series"));
        shownSeries.setId("issue-list-series");
        shownSeries.setItems(seriesService.all());
        shownSeries.setItemLabelGenerator(BriefingSeries::title);
        shownSeries.setClearButtonVisible(true);
        shownSeries.setPlaceholder(getTranslation("monitoring.filter.allSeries"));
        shownSeries.setWidth("20em");
        shownStatus.setLabel(getTranslation("article.status"));
        shownStatus.setId("issue-list-status");
        shownStatus.setItems(IssueStatus.values());
        shownStatus.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        shownStatus.setClearButtonVisible(true);
        shownStatus.setPlaceholder(getTranslation("issue.list.allStatuses"));
        shownSeries.addValueChangeListener(e -> grid.getListDataView().refreshAll());
        shownStatus.addValueChangeListener(e -> grid.getListDataView().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(shownSeries, shownStatus);
        setSizeFull();
        add(header, filters, grid);
        expand(grid);
    }

    @Override
    public void load() {
        kept.load();
    }

    private Listed read() {
        List<IssueSummary> summaries = issues.summaries(user);
        return new Listed(summaries, acknowledged(summaries),
                waitingSteps.of(summaries.stream().filter(i -> i.status().inHand() && i.processInstanceId() != null)
                        .map(IssueSummary::processInstanceId).toList()));
    }

    private void show(Listed listed) {
        grid.setItems(listed.summaries()).setFilter(i -> (shownSeries.getValue() == null
                || shownSeries.getValue().id() == i.seriesId())
                && (shownStatus.getValue() == null || shownStatus.getValue() == i.status()));
    }

    /** Who has the issue in hand (王敏（编辑）; both countersigners), as an editor chasing its sign-off asks. */
    private String holders(IssueSummary issue) {
        List<WaitingStep> steps = kept.shown().waiting().getOrDefault(issue.processInstanceId(), List.of());
        return Punctuation.enumeration(this, steps.stream().map(step -> step.holder(this)).distinct().toList());
    }

    /** While an issue circulates, how many of its units have acknowledged it: what an editor chases on a Friday. */
    private Map<Long, CirculationProgress.Acknowledged> acknowledged(List<IssueSummary> summaries) {
        List<Long> circulating = summaries.stream().filter(i -> i.status() == IssueStatus.PUBLISHED)
                .map(IssueSummary::id).toList();
        Map<Long, CirculationProgress.Acknowledged> counted = new HashMap<>();
        circulation.forEach(progress -> counted.putAll(progress.acknowledged(user, circulating)));
        return counted;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.issues");
    }
}
