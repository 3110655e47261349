package com.briefingdesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.Office;
import com.briefingdesk.article.Article;
import com.briefingdesk.article.ArticleLifecycle;
import com.briefingdesk.article.TriageDecision;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.ValidationException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Per-unit figures for a period, their ranking, and the files they export to. */
@BriefingDeskTest
class UnitStatisticsTest {

    @Autowired
    MonitoringFixtures fixtures;
    @Autowired
    UnitStatistics statistics;
    @Autowired
    ArticleLifecycle lifecycle;

    @Test
    void countsWhatEachUnitSubmittedHadAcceptedAdoptedAndRejectedInThePeriod() {
        Unit busy = fixtures.freshUnit();
        Unit quiet = fixtures.freshUnit();
        Unit silent = fixtures.freshUnit();
        AppUser busySubmitter = fixtures.submitter(busy);
        fixtures.submitted(busySubmitter);
        fixtures.triaged(busySubmitter, TriageDecision.REJECT);
        fixtures.triaged(busySubmitter, TriageDecision.ACCEPT);
        Article adopted = fixtures.triaged(busySubmitter, TriageDecision.ACCEPT);
        lifecycle.adopted(adopted.id());
        Article quietOne = fixtures.triaged(fixtures.submitter(quiet), TriageDecision.ACCEPT);
        lifecycle.adopted(quietOne.id());
        LocalDate today = Office.today();

        List<UnitFigures> thisMonth = statistics.figures(fixtures.admin(),
                StatisticsPeriod.around(StatisticsPeriod.Kind.MONTH, today));

        UnitFigures b = of(thisMonth, busy);
        assertThat(List.of(b.submitted(), b.accepted(), b.adopted(), b.rejected())).containsExactly(4L, 2L, 1L, 1L);
        assertThat(b.adoptionRate()).isEqualTo(0.25);
        UnitFigures q = of(thisMonth, quiet);
        assertThat(List.of(q.submitted(), q.accepted(), q.adopted(), q.rejected())).containsExactly(1L, 1L, 1L, 0L);
        assertThat(q.adoptionRate()).isEqualTo(1.0);
        UnitFigures s = of(thisMonth, silent);
        assertThat(List.of(s.submitted(), s.accepted(), s.adopted(), s.rejected())).containsExactly(0L, 0L, 0L, 0L);
        assertThat(s.adoptionRate()).isZero();
        // Level on adoptions, the busy unit's second acceptance puts it first; the silent one is behind both.
        assertThat(b.rank()).isLessThan(q.rank());
        assertThat(q.rank()).isLessThan(s.rank());
        assertThat(thisMonth).isSortedAccordingTo(java.util.Comparator.comparingInt(UnitFigures::rank));

        List<UnitFigures> lastYear = statistics.figures(fixtures.admin(),
                StatisticsPeriod.around(StatisticsPeriod.Kind.YEAR, today.minusYears(1)));
        UnitFigures before = of(lastYear, busy);
        assertThat(List.of(before.submitted(), before.accepted(), before.adopted(), before.rejected()))
                .containsOnly(0L);
    }

    @Test
    void levelUnitsShareAPlaceAndTheNextPlaceIsSkipped() {
        List<UnitFigures> ranked = UnitStatistics.rank(List.of(
                new UnitFigures(0, 1, "甲", 9, 1, 0, 0), new UnitFigures(0, 2, "乙", 5, 4, 3, 0),
                new UnitFigures(0, 3, "丙", 6, 4, 3, 1), new UnitFigures(0, 4, "丁", 3, 3, 3, 0)));
        assertThat(ranked).extracting(UnitFigures::unitName).containsExactly("丙", "乙", "丁", "甲");
        assertThat(ranked).extracting(UnitFigures::rank).containsExactly(1, 1, 3, 4);
    }

    @Test
    void periodsAreMonthsQuartersYearsOrSpansThatDoNotEndBeforeTheyStart() {
        LocalDate day = LocalDate.of(2026, 8, 17);
        assertThat(StatisticsPeriod.around(StatisticsPeriod.Kind.MONTH, day))
                .isEqualTo(new StatisticsPeriod(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31)));
        assertThat(StatisticsPeriod.around(StatisticsPeriod.Kind.QUARTER, day))
                .isEqualTo(new StatisticsPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
        assertThat(StatisticsPeriod.around(StatisticsPeriod.Kind.YEAR, day))
                .isEqualTo(new StatisticsPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThat(new StatisticsPeriod(day, day).to()).isEqualTo(day);
        assertThatThrownBy(() -> new StatisticsPeriod(day, day.minusDays(1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("to", "statistics.period.endBeforeStart"));
        assertThatThrownBy(() -> statistics.figures(fixtures.user("editor"), new StatisticsPeriod(day, day)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void exportsAWorkbookAndACsvThatExcelReadsAsChinese() throws Exception {
        List<UnitFigures> rows = List.of(new UnitFigures(1, 1, "昆山市", 4, 2, 1, 1),
                new UnitFigures(2, 2, "徐州市鼓楼区, 城区", 1, 0, 0, 0));
        List<String> headings = List.of("采用排名", "单位", "报送", "录用", "采用", "退稿", "采用率");

        byte[] csv = StatisticsExport.csv(headings, rows);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "采用排名,单位,报送,录用,采用,退稿,采用率\r\n1,昆山市,4,2,1,1,25.0%\r\n2,\"徐州市鼓楼区, 城区\",1,0,0,0,0.0%\r\n");

        byte[] xlsx = StatisticsExport.xlsx("各单位信息报送采用情况", headings, rows);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("各单位信息报送采用情况");
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("采用率");
            Row first = sheet.getRow(2);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("昆山市");
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(4.0);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(0.25);
            assertThat(first.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("徐州市鼓楼区, 城区");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }
    }

    private static UnitFigures of(List<UnitFigures> figures, Unit unit) {
        return figures.stream().filter(f -> f.unitId() == unit.id()).findFirst().orElseThrow();
    }
}
