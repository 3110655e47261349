package com.briefingdesk.scoring;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.issue.BriefingSeries;
import com.briefingdesk.issue.SeriesService;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.kernel.ui.FileDownload;
import com.briefingdesk.kernel.ui.InputTexts;
import com.briefingdesk.kernel.ui.ListHeight;
import com.briefingdesk.kernel.ui.LoadedOnArrival;
import com.briefingdesk.layout.MainLayout;
import com.briefingdesk.monitoring.EChart;
import com.briefingdesk.monitoring.StatisticsPeriod;
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
import java.util.List;
import java.util.function.Supplier;

/**
 * 信息采用通报: per unit for a month or quarter of a series: submitted, adopted, adoption rate, commissions answered,
 * points and rank; as a table, a chart, a PDF laid out like an office 通报 and an Excel workbook.
 */
@Route(value = "reports/adoption", layout = MainLayout.class)
@RolesAllowed({Role.EDITOR_AUTHORITY, Role.ADMIN_AUTHORITY})
public class AdoptionReportView extends VerticalLayout implements HasDynamicTitle, LoadedOnArrival {

    private final ScoreBoard scoreBoard;
    private final ReportPdf pdf;
    private final AppUser user;
    private final OfficeClock clock;
    final Select<BriefingSeries> series = new Select<>();
    final Select<StatisticsPeriod.Kind> kind = new Select<>();
    final DatePicker day = new DatePicker();
    final Button compute = new Button();
    final Span shownPeriod = new Span();
    final Span noRule = new Span();
    final Grid<UnitScore> grid = new Grid<>();
    final EChart chart = new EChart();
    final Anchor pdfLink;
    final Anchor xlsxLink;
    private AdoptionReport report;

    public AdoptionReportView(ScoreBoard scoreBoard, ReportPdf pdf, SeriesService seriesService,
                              CurrentUser currentUser, OfficeClock clock) {
        this.scoreBoard = scoreBoard;
        this.pdf = pdf;
        this.user = currentUser.get();
        this.clock = clock;
        setId("adoption-report");
        series.setLabel(getTranslation("scoring.series"));
        series.setItems(seriesService.all());
        series.setItemLabelGenerator(BriefingSeries::title);
        series.setId("report-series");
        seriesService.all().stream().findFirst().ifPresent(series::setValue);
        kind.setLabel(getTranslation("scoring.period"));
        kind.setItems(StatisticsPeriod.Kind.MONTH, StatisticsPeriod.Kind.QUARTER);
        kind.setItemLabelGenerator(k -> getTranslation("scoring.period." + k.name()));
        kind.setValue(StatisticsPeriod.Kind.MONTH);
        kind.setId("report-kind");
        InputTexts.localize(day);
        day.setLabel(getTranslation("scoring.period.day"));
        day.setValue(clock.today());
        day.setId("report-day");
        compute.setText(getTranslation("scoring.report.compute"));
        compute.setId("report-compute");
        compute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compute.addClickListener(e -> compute());
        shownPeriod.setId("report-period");
        noRule.setId("report-no-rule");
        noRule.addClassName("hint");

        grid.setId("report-grid");
        List<String> headings = headings();
        grid.addColumn(UnitScore::rank).setHeader(headings.get(0)).setAutoWidth(true);
        grid.addColumn(UnitScore::unitName).setHeader(headings.get(1)).setFlexGrow(2);
        grid.addColumn(UnitScore::submitted).setHeader(headings.get(2)).setAutoWidth(true);
        grid.addColumn(UnitScore::adopted).setHeader(headings.get(3)).setAutoWidth(true);
        grid.addColumn(UnitScore::adoptionRateText).setHeader(headings.get(4)).setAutoWidth(true);
        grid.addColumn(UnitScore::commissionsAnswered).setHeader(headings.get(5)).setAutoWidth(true);
        grid.addColumn(UnitScore::points).setHeader(headings.get(6)).setAutoWidth(true);
        chart.setId("report-chart");

        pdfLink = new Anchor(download("pdf", "application/pdf", () -> pdf.render(report, texts())),
                getTranslation("scoring.report.pdf"));
        pdfLink.setId("report-pdf");
        xlsxLink = new Anchor(download("xlsx", ReportWorkbook.XLSX_TYPE,
                () -> ReportWorkbook.xlsx(report, texts())), getTranslation("scoring.report.xlsx"));
        xlsxLink.setId("report-xlsx");

        HorizontalLayout fields = new HorizontalLayout(series, kind, day, compute);
        fields.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout files = new HorizontalLayout(shownPeriod, pdfLink, xlsxLink);
        files.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getPageTitle()), fields, files, noRule, grid, chart);
    }

    /** Arriving, choosing the menu item again included, computes the report as the fields stand. */
    @Override
    public void load() {
        compute();
    }

    /** The report of the chosen series and period; a period the rules refuse is said at the day field. */
    void compute() {
        day.setInvalid(false);
        series.setInvalid(false);
        if (series.getValue() == null) {
            series.setErrorMessage(getTranslation("scoring.series.required"));
            series.setInvalid(true);
            return;
        }
        try {
            report = scoreBoard.report(user, series.getValue().id(), StatisticsPeriod.around(kind.getValue(),
                    day.getValue()));
        } catch (ValidationException e) {
            day.setErrorMessage(getTranslation(e.fieldMessageKeys().values().iterator().next()));
            day.setInvalid(true);
            return;
        }
        grid.setItems(report.units());
        ListHeight.fit(grid, report.units().size());
        chart.setOption(ReportChart.option(report, getTranslation("scoring.points"),
                getTranslation("scoring.adopted")));
        shownPeriod.setText(periodLine());
        noRule.setText(report.ruleFound() ? "" : getTranslation("scoring.report.noRule", report.series().title(),
                String.valueOf(report.period().from().getYear())));
        noRule.setVisible(!report.ruleFound());
    }

    AdoptionReport report() {
        return report;
    }

    ReportTexts texts() {
        return new ReportTexts(getTranslation("scoring.report.fileTitle", report.series().title()), periodLine(),
                headings(), getTranslation("scoring.report.closing", report.series().issuingOffice(),
                        clock.today()));
    }

    private String periodLine() {
        return getTranslation("scoring.report.periodLine", report.period().from(), report.period().to());
    }

    private List<String> headings() {
        return List.of(getTranslation("scoring.rank"), getTranslation("scoring.unit"),
                getTranslation("scoring.submitted"), getTranslation("scoring.adopted"), getTranslation("scoring.rate"),
                getTranslation("scoring.commissionsAnswered"), getTranslation("scoring.points"));
    }

    private DownloadHandler download(String extension, String contentType, Supplier<byte[]> file) {
        return FileDownload.of(() -> "adoption-report-" + (report == null ? "" : report.period().slug()) + "."
                + extension, contentType, file);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scoring.report.title");
    }
}
