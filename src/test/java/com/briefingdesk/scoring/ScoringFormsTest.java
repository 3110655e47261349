package com.briefingdesk.scoring;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.briefingdesk.Office;
import com.briefingdesk.UiTest;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.issue.BriefingSeries;
import com.briefingdesk.layout.AccessDeniedView;
import com.briefingdesk.monitoring.StatisticsPeriod;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The rule table, the instruction form and the report with its PDF, workbook and chart, browserless. */
class ScoringFormsTest extends UiTest {

    @Autowired
    ScoringFixtures fixtures;
    @Autowired
    ScoringRules rules;
    @Autowired
    ReportPdf pdf;
    @Autowired
    LeaderInstructions instructions;

    @Test
    void anAdministratorKeepsTheRuleTableAndANegativeRewardIsRefusedAtItsField() {
        BriefingSeries series = fixtures.freshSeries();
        openAs("admin");
        UI.getCurrent().navigate(ScoringRulesView.class);
        ScoringRulesView view = _get(ScoringRulesView.class);
        _setValue(view.series, series);
        _setValue(view.year, 2025);
        assertThat(view.weights.get("adoption").getValue()).as("a new year starts from zeros").isZero();
        _setValue(view.weights.get("submission"), 1);
        _setValue(view.weights.get("adoption"), -3);
        _setValue(view.weights.get("commissionMissed"), 2);
        _setValue(view.weights.get("quotaMissed"), -2);
        _setValue(view.weights.get("monthlyQuota"), 4);

        _click(view.save);

        assertThat(view.weights.get("adoption").isInvalid()).isTrue();
        assertThat(view.weights.get("adoption").getErrorMessage()).isEqualTo("加分项不得为负数，只有扣分项可为负数");
        assertThat(view.weights.get("commissionMissed").getErrorMessage()).isEqualTo("扣分项须为 0 或负数");
        assertThat(view.weights.get("adoption").getValue()).as("what was typed stays").isEqualTo(-3);
        assertThat(rules.find(series.id(), 2025)).isEmpty();

        _setValue(view.weights.get("adoption"), 3);
        _setValue(view.weights.get("commissionMissed"), -3);
        _click(view.save);

        assertThat(rules.find(series.id(), 2025))
                .contains(new ScoringRule(series.id(), 2025, 1, 3, 0, 0, 0, -3, -2, 4));
        assertThat(view.table.getGenericDataView().getItems()).anyMatch(r -> r.seriesId() == series.id());

        openAs("editor");
        UI.getCurrent().navigate(ScoringRulesView.class);
        _assertOne(AccessDeniedView.class);
    }

    @Test
    void anEditorRecordsALeadersInstructionOnAnAdoptedArticle() {
        BriefingSeries series = fixtures.freshSeries();
        Unit unit = fixtures.unit("批");
        long article = fixtures.submitted(unit, LocalDateTime.now(Office.ZONE).minusDays(3));
        fixtures.published(series, LocalDateTime.now(Office.ZONE).minusDays(1), article);
        openAs("editor");
        UI.getCurrent().navigate(LeaderInstructionsView.class);
        LeaderInstructionsView view = _get(LeaderInstructionsView.class);
        _setValue(view.instructedBy, "省委副书记");
        _setValue(view.instructedOn, Office.today().plusDays(2));

        _click(view.record);

        assertThat(view.article.getErrorMessage()).isEqualTo("请选择一篇已采用的稿件");
        assertThat(view.instructedOn.getErrorMessage()).isEqualTo("批示日期不能晚于今天");
        assertThat(view.text.getErrorMessage()).isEqualTo("请填写批示内容");
        assertThat(view.instructedBy.getValue()).isEqualTo("省委副书记");

        _setValue(view.article, view.article.getListDataView().getItems().filter(a -> a.id() == article).findFirst()
                .orElseThrow());
        _setValue(view.instructedOn, Office.today());
        _setValue(view.text, "经验做法很好，请在全省推广。");
        UI.getCurrent().navigate(AdoptionReportView.class); // a slip onto the menu: the words typed are not lost
        ConfirmDialog ask = _get(ConfirmDialog.class, spec -> spec.withId("unsaved-work"));
        ConfirmDialogKt._fireCancel(ask);
        ask.close();
        _assertOne(LeaderInstructionsView.class);
        _click(view.record);

        assertThat(view.recorded.getGenericDataView().getItems()).anySatisfy(i -> {
            assertThat(i.articleId()).isEqualTo(article);
            assertThat(i.instructedBy()).isEqualTo("省委副书记");
            assertThat(i.text()).isEqualTo("经验做法很好，请在全省推广。");
        });

        // a colleague records another; choosing the menu item again shows it, and nothing typed asks nothing
        instructions.record(fixtures.editor(), article, "省文明办主任", Office.today(), "请总结成文。");
        UI.getCurrent().navigate(LeaderInstructionsView.class);
        assertThat(_get(LeaderInstructionsView.class)).isSameAs(view);
        assertThat(view.recorded.getGenericDataView().getItems()).extracting(LeaderInstruction::text)
                .contains("请总结成文。");
    }

    @Test
    void theReportShowsRanksAsATableAChartAPdfAndAWorkbook() throws IOException {
        BriefingSeries series = fixtures.freshSeries();
        fixtures.rule(series, 2020);
        Unit top = fixtures.unit("先进");
        Unit second = fixtures.unit("次席");
        LocalDateTime may = LocalDateTime.of(2020, 5, 6, 9, 0);
        long lead = fixtures.submitted(top, may);
        long more = fixtures.submitted(top, may.plusDays(1));
        long other = fixtures.submitted(second, may.plusDays(2));
        fixtures.submitted(second, may.plusDays(3));
        fixtures.published(series, may.plusDays(10), lead, other, more);

        openAs("admin");
        UI.getCurrent().navigate(AdoptionReportView.class);
        AdoptionReportView view = _get(AdoptionReportView.class);
        _setValue(view.series, series);
        _setValue(view.kind, StatisticsPeriod.Kind.QUARTER);
        _setValue(view.day, LocalDate.of(2020, 5, 20));
        _click(view.compute);

        assertThat(view.shownPeriod.getText()).isEqualTo("（2020-04-01 至 2020-06-30）");
        assertThat(view.noRule.isVisible()).isFalse();
        UnitScore first = view.grid.getGenericDataView().getItems().filter(u -> u.unitId() == top.id())
                .findFirst().orElseThrow();
        // 2 submitted, 2 adopted, 1 lead; April (nothing) and June (1 short) below the quota of 2
        assertThat(first.points()).isEqualTo(2 + 2 * 3 + 2 - 2 - 2);
        assertThat(first.rank()).isEqualTo(1);
        UnitScore runnerUp = view.grid.getGenericDataView().getItems().filter(u -> u.unitId() == second.id())
                .findFirst().orElseThrow();
        assertThat(runnerUp.points()).isEqualTo(2 + 3 - 2 - 2);
        assertThat(runnerUp.rank()).isEqualTo(2);
        assertThat(view.chart.option()).contains(top.name(), second.name(), "\"type\":\"bar\"", "积分");

        byte[] file = pdf.render(view.report(), view.texts());
        try (PDDocument document = Loader.loadPDF(file)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(series.title() + "信息采用情况通报", "（2020-04-01 至 2020-06-30）", "排名",
                    "采用率", "答复约稿", "积分", top.name(), second.name(), "100.0%", "江苏省文明办");
            assertThat(text.indexOf(top.name())).isLessThan(text.indexOf(second.name()));
        }

        byte[] workbook = ReportWorkbook.xlsx(view.report(), view.texts());
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = read.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo(series.title() + "信息采用情况通报");
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("积分");
            Row row = sheet.getRow(3);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(top.name());
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(2);
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(1.0);
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(first.points());
            assertThat(sheet.getLastRowNum()).isEqualTo(2 + view.report().units().size());
        }

        fixtures.submitted(second, may.plusDays(4));
        UI.getCurrent().navigate(AdoptionReportView.class); // the menu item chosen again: the same quarter, anew
        assertThat(_get(AdoptionReportView.class)).isSameAs(view);
        assertThat(view.shownPeriod.getText()).isEqualTo("（2020-04-01 至 2020-06-30）");
        assertThat(view.grid.getGenericDataView().getItems().filter(u -> u.unitId() == second.id())
                .findFirst().orElseThrow().submitted()).isEqualTo(runnerUp.submitted() + 1);
    }

    @Test
    void aDayLeftEmptyIsSaidAtTheFieldAndASeriesWithoutRulesIsNamed() {
        BriefingSeries series = fixtures.freshSeries();
        openAs("editor");
        UI.getCurrent().navigate(AdoptionReportView.class);
        AdoptionReportView view = _get(AdoptionReportView.class);
        _setValue(view.series, series);
        _setValue(view.day, null);
        _click(view.compute);
        assertThat(view.day.isInvalid()).isTrue();
        assertThat(view.day.getErrorMessage()).isEqualTo(view.getTranslation("statistics.period.fromRequired"));

        _setValue(view.day, LocalDate.of(2019, 2, 1));
        _click(view.compute);
        assertThat(view.day.isInvalid()).isFalse();
        assertThat(view.noRule.isVisible()).isTrue();
        assertThat(view.noRule.getText()).contains(series.title(), "2019");

        openAs("kunshan");
        UI.getCurrent().navigate(AdoptionReportView.class);
        _assertOne(AccessDeniedView.class);
    }
}
