package com.briefingdesk.monitoring;

import com.briefingdesk.kernel.WorkbookStyles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The per-unit statistics as files: an Excel workbook, and CSV in UTF-8 with a byte order mark, without which
 * Excel and WPS read Chinese as garbage. Headings come translated.
 */
final class StatisticsExport {

    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV_TYPE = "text/csv;charset=UTF-8";

    private StatisticsExport() {
    }

    /** Title line, then rank, unit, submitted, accepted, adopted, rejected, adoption rate. */
    static byte[] xlsx(String title, List<String> headings, List<UnitFigures> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("statistics");
            WorkbookStyles styles = WorkbookStyles.of(workbook);
            Row titleRow = sheet.createRow(0);
            titleRow.createCell(0).setCellValue(title);
            titleRow.getCell(0).setCellStyle(styles.heading());
            Row head = sheet.createRow(1);
            for (int c = 0; c < headings.size(); c++) {
                head.createCell(c).setCellValue(headings.get(c));
                head.getCell(c).setCellStyle(styles.heading());
            }
            int r = 2;
            for (UnitFigures unit : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(unit.rank());
                row.createCell(1).setCellValue(unit.unitName());
                row.createCell(2).setCellValue(unit.submitted());
                row.createCell(3).setCellValue(unit.accepted());
                row.createCell(4).setCellValue(unit.adopted());
                row.createCell(5).setCellValue(unit.rejected());
                row.createCell(6).setCellValue(unit.adoptionRate());
                row.getCell(6).setCellStyle(styles.percent());
            }
            sheet.setColumnWidth(1, 24 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] csv(List<String> headings, List<UnitFigures> rows) {
        StringBuilder text = new StringBuilder();
        text.append(String.join(",", headings.stream().map(StatisticsExport::field).toList())).append("\r\n");
        for (UnitFigures unit : rows) {
            text.append(unit.rank()).append(',').append(field(unit.unitName())).append(',')
                    .append(unit.submitted()).append(',').append(unit.accepted()).append(',')
                    .append(unit.adopted()).append(',').append(unit.rejected()).append(',')
                    .append(rate(unit)).append("\r\n");
        }
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[UTF8_BOM.length + body.length];
        System.arraycopy(UTF8_BOM, 0, file, 0, UTF8_BOM.length);
        System.arraycopy(body, 0, file, UTF8_BOM.length, body.length);
        return file;
    }

    static String rate(UnitFigures unit) {
        return String.format(Locale.ROOT, "%.1f%%", unit.adoptionRate() * 100);
    }

    /** Quoted where a comma, quote or line break would break the row. */
    private static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
