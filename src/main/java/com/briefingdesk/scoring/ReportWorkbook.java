package com.briefingdesk.scoring;

import com.briefingdesk.kernel.WorkbookStyles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The 信息采用通报 as an Excel workbook: title, period, headings, then one row per unit with numbers as numbers. */
final class ReportWorkbook {

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ReportWorkbook() {
    }

    static byte[] xlsx(AdoptionReport report, ReportTexts texts) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("report");
            WorkbookStyles styles = WorkbookStyles.of(workbook);
            sheet.createRow(0).createCell(0).setCellValue(texts.title());
            sheet.getRow(0).getCell(0).setCellStyle(styles.heading());
            sheet.createRow(1).createCell(0).setCellValue(texts.periodLine());
            Row head = sheet.createRow(2);
            for (int c = 0; c < texts.headings().size(); c++) {
                head.createCell(c).setCellValue(texts.headings().get(c));
                head.getCell(c).setCellStyle(styles.heading());
            }
            int r = 3;
            for (UnitScore unit : report.units()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(unit.rank());
                row.createCell(1).setCellValue(unit.unitName());
                row.createCell(2).setCellValue(unit.submitted());
                row.createCell(3).setCellValue(unit.adopted());
                row.createCell(4).setCellValue(unit.adoptionRate());
                row.getCell(4).setCellStyle(styles.percent());
                row.createCell(5).setCellValue(unit.commissionsAnswered());
                row.createCell(6).setCellValue(unit.points());
            }
            sheet.setColumnWidth(1, 24 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
