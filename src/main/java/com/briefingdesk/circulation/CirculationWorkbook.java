package com.briefingdesk.circulation;

import com.briefingdesk.kernel.WorkbookStyles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 签收情况 as an Excel workbook, for the office that reports upwards which units have received, read and
 * acknowledged an issue. Times come as the views show them, in the office's zone.
 */
final class CirculationWorkbook {

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private CirculationWorkbook() {
    }

    /**
     * A title line, the headings, then per receiving unit: the unit, when it was told, when and by whom it was read
     * and acknowledged, how often it was reminded and when last.
     */
    static byte[] xlsx(String title, List<String> headings, List<Receipt> receipts, Function<Instant, String> minute) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("circulation");
            CellStyle heading = WorkbookStyles.of(workbook).heading();
            Row titleRow = sheet.createRow(0);
            titleRow.createCell(0).setCellValue(title);
            titleRow.getCell(0).setCellStyle(heading);
            Row head = sheet.createRow(1);
            for (int c = 0; c < headings.size(); c++) {
                head.createCell(c).setCellValue(headings.get(c));
                head.getCell(c).setCellStyle(heading);
            }
            int r = 2;
            for (Receipt receipt : receipts) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(receipt.unitName());
                row.createCell(1).setCellValue(minute.apply(receipt.notifiedAt()));
                row.createCell(2).setCellValue(minute.apply(receipt.openedAt()));
                row.createCell(3).setCellValue(nonNull(receipt.openedByName()));
                row.createCell(4).setCellValue(minute.apply(receipt.acknowledgedAt()));
                row.createCell(5).setCellValue(nonNull(receipt.acknowledgedByName()));
                row.createCell(6).setCellValue(receipt.reminders());
                row.createCell(7).setCellValue(minute.apply(receipt.lastRemindedAt()));
            }
            sheet.setColumnWidth(0, 24 * 256);
            for (int c = 1; c < headings.size(); c++) {
                sheet.setColumnWidth(c, 18 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nonNull(String name) {
        return name == null ? "" : name;
    }
}
