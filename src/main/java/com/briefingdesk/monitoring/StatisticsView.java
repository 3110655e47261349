package com.briefingdesk.monitoring;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ui.FieldProblems;
import com.briefingdesk.kernel.ui.FileDownload;
import com.briefingdesk.kernel.ui.InputTexts;
import com.briefingdesk.kernel.ui.ListHeight;
import com.briefingdesk.kernel.ui.LoadedOnArrival;
import com.briefingdesk.layout.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 通报: what each unit submitted, had accepted, adopted and rejected in a month, quarter, year or any span, ranked by
 * adoptions (信息采用排名), and the same as an Excel or CSV file.
 */
@Route(value = "admin/statistics", layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_AUTHORITY)
public class StatisticsView extends VerticalLayout implements HasDynamicTitle, LoadedOnArrival {

    private final UnitStatistics statistics;
    private final AppUser admin;
    private final OfficeClock clock;
    final Select<StatisticsPeriod.Kind> kind = new Select<>();
    final DatePicker day = new DatePicker();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Button compute = new Button();
    final Span shownPeriod = new Span();
    final Grid<UnitFigures> grid = new Grid<>();
    final Anchor xlsx;
    final Anchor csv;
    private StatisticsPeriod period;
    private List<UnitFigures> figures = List.of();

    public StatisticsView(UnitStatistics statistics, CurrentUser currentUser, OfficeClock clock) {
        this.statistics = statistics;
        this.admin = currentUser.get();
        this.clock = clock;
        setId("statistics");
        LocalDate today = clock.today();

        kind.setLabel(getTranslation("statistics.period"));
        kind.setItems(StatisticsPeriod.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("statistics.period." + k.name()));
        kind.setValue(StatisticsPeriod.Kind.MONTH);
        kind.setId("statistics-kind");
        kind.addValueChangeListener(e -> showPeriodFields());
        InputTexts.localize(day);
        day.setLabel(getTranslation("statistics.day"));
        day.setValue(today);
        day.setId("statistics-day");
        InputTexts.localize(from);
        from.setLabel(getTranslation("statistics.from"));
        from.setValue(today.withDayOfMonth(1));
        from.setId("statistics-from");
        InputTexts.localize(to);
        to.setLabel(getTranslation("statistics.to"));
        to.setValue(today);
        to.setId("statistics-to");
        compute.setText(getTranslation("statistics.compute"));
        compute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compute.setId("statistics-compute");
        compute.addClickListener(e -> compute());
        shownPeriod.setId("statistics-shown-period");

        grid.setId("statistics-grid");
        grid.addColumn(UnitFigures::rank).setHeader(getTranslation("statistics.rank")).setAutoWidth(true);
        grid.addColumn(UnitFigures::unitName).setHeader(getTranslation("statistics.unit")).setFlexGrow(2);
        grid.addColumn(UnitFigures::submitted).setHeader(getTranslation("statistics.submitted")).setAutoWidth(true);
        grid.addColumn(UnitFigures::accepted).setHeader(getTranslation("statistics.accepted")).setAutoWidth(true);
        grid.addColumn(UnitFigures::adopted).setHeader(getTranslation("statistics.adopted")).setAutoWidth(true);
        grid.addColumn(UnitFigures::rejected).setHeader(getTranslation("statistics.rejected")).setAutoWidth(true);
        grid.addColumn(StatisticsExport::rate).setHeader(getTranslation("statistics.rate")).setAutoWidth(true);

        xlsx = new Anchor(download("xlsx", StatisticsExport.XLSX_TYPE,
                () -> StatisticsExport.xlsx(title(), headings(), figures)), getTranslation("statistics.xlsx"));
        xlsx.setId("statistics-xlsx");
        csv = new Anchor(download("csv", StatisticsExport.CSV_TYPE,
                () -> StatisticsExport.csv(headings(), figures)), getTranslation("statistics.csv"));
        csv.setId("statistics-csv");

        HorizontalLayout periodFields = new HorizontalLayout(kind, day, from, to, compute);
        periodFields.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout files = new HorizontalLayout(shownPeriod, xlsx, csv);
        files.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getPageTitle()), periodFields, files, grid);
        showPeriodFields();
    }

    /** Arriving, choosing the menu item again included, counts the period as the fields stand. */
    @Override
    public void load() {
        compute();
    }

    private void showPeriodFields() {
        boolean custom = kind.getValue() == StatisticsPeriod.Kind.CUSTOM;
        day.setVisible(!custom);
        from.setVisible(custom);
        to.setVisible(custom);
    }

    /** Counts for the chosen period; a period that ends before it starts is refused at its last day. */
    void compute() {
        boolean custom = kind.getValue() == StatisticsPeriod.Kind.CUSTOM;
        // The first day is the field shown for the kind; the hidden one loses an earlier try's mark as well.
        (custom ? day : from).setInvalid(false);
        FieldProblems problems = new FieldProblems(this, Map.of("from", custom ? from : day, "to", to), to);
        if (!problems.attempt(() -> period = custom
                ? new StatisticsPeriod(from.getValue(), to.getValue())
                : StatisticsPeriod.around(kind.getValue(), day.getValue()))) {
            return;
        }
        figures = statistics.figures(admin, period);
        grid.setItems(figures);
        ListHeight.fit(grid, figures.size());
        shownPeriod.setText(getTranslation("statistics.shownPeriod", period.from(), period.to()));
    }

    private DownloadHandler download(String extension, String contentType, java.util.function.Supplier<byte[]> file) {
        return FileDownload.of(() -> "unit-statistics-" + (period == null ? "" : period.slug()) + "." + extension,
                contentType, file);
    }

    List<String> headings() {
        return List.of(getTranslation("statistics.rank"), getTranslation("statistics.unit"),
                getTranslation("statistics.submitted"), getTranslation("statistics.accepted"),
                getTranslation("statistics.adopted"), getTranslation("statistics.rejected"),
                getTranslation("statistics.rate"));
    }

    String title() {
        return getTranslation("statistics.fileTitle", period.from(), period.to());
    }

    List<UnitFigures> figures() {
        return figures;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.statistics");
    }
}
