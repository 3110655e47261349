package com.briefingdesk.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.briefingdesk.Office;
import com.briefingdesk.UiTest;
import com.briefingdesk.layout.AccessDeniedView;
import com.vaadin.flow.component.UI;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrators' audit view: search by person, action, object, period and words; export as CSV and Excel. */
class AuditViewTest extends UiTest {

    @Autowired
    AuditTrail trail;

    @Test
    void anAdministratorFindsAnActByPersonActionObjectAndWordsAndExportsIt() throws Exception {
        String marker = "审计-" + System.nanoTime();
        trail.recordAs("signer", AuditAction.TASK_COMPLETED, "issue", marker, "=1+1 签发, \"引号\"");
        trail.recordAs("editor", AuditAction.TASK_COMPLETED, "issue", marker, "校对");

        openAs("admin");
        UI.getCurrent().navigate(AuditView.class);
        AuditView view = _get(AuditView.class);
        _setValue(view.person, "SIGNER");
        _setValue(view.action, AuditAction.TASK_COMPLETED);
        _setValue(view.objectType, "issue");
        _setValue(view.objectId, marker);
        _setValue(view.from, Office.today());
        _setValue(view.to, Office.today());
        _setValue(view.words, "签发 引号");
        _click(view.find);

        List<AuditEvent> shown = view.grid.getGenericDataView().getItems().toList();
        assertThat(shown).singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("signer"));
        assertThat(view.count.getText()).isEqualTo("共 1 条");

        List<List<String>> rows = view.exportRows();
        byte[] csv = AuditExport.csv(view.headings(), rows);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines().toList()).hasSize(2);
        assertThat(text).startsWith("时间,人员,操作,对象类型,对象编号,说明,客户端地址,浏览器\r\n")
                .contains(",signer,办理任务,issue," + marker + ",\"'=1+1 签发, \"\"引号\"\"\",");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                AuditExport.xlsx(view.headings(), rows)))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("人员");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(4).getStringCellValue()).isEqualTo(marker);
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(5).getStringCellValue()).isEqualTo("=1+1 签发, \"引号\"");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
        }
        assertThat(view.xlsx.getHref()).isNotBlank();
        assertThat(view.csv.getHref()).isNotBlank();

        trail.recordAs("signer", AuditAction.TASK_COMPLETED, "issue", marker, "再次签发 引号");
        UI.getCurrent().navigate(AuditView.class); // the menu item chosen again: the same search, what was done since
        assertThat(_get(AuditView.class)).isSameAs(view);
        assertThat(view.person.getValue()).isEqualTo("SIGNER");
        assertThat(view.count.getText()).isEqualTo("共 2 条");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedAtTheFieldAndKeepsWhatWasTyped() {
        openAs("admin");
        UI.getCurrent().navigate(AuditView.class);
        AuditView view = _get(AuditView.class);
        _setValue(view.from, LocalDate.of(2026, 5, 10));
        _setValue(view.to, LocalDate.of(2026, 5, 1));
        _setValue(view.words, "保留");
        _click(view.find);
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("截止日期早于起始日期。");
        assertThat(view.words.getValue()).isEqualTo("保留");
        assertThat(view.from.getValue()).isEqualTo(LocalDate.of(2026, 5, 10));
    }

    @Test
    void nobodyButAnAdministratorOpensTheAuditView() {
        for (String username : List.of("editor", "reviewer", "signer", "kunshan", "kunshan-recv")) {
            openAs(username);
            UI.getCurrent().navigate("admin/audit");
            _assertOne(AccessDeniedView.class);
            _assertNone(AuditView.class);
        }
    }
}
