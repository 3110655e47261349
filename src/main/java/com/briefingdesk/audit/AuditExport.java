package com.briefingdesk.audit;

import com.briefingdesk.kernel.WorkbookStyles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Rows of the audit trail as files: CSV in UTF-8 with a byte order mark (without it Excel and WPS read Chinese as
 * garbage) and an Excel workbook. The rows hold what people typed, so a CSV cell that Excel would take for a
 * formula is quoted as text.
 */
final class AuditExport {

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV_TYPE = "text/csv;charset=UTF-8";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private AuditExport() {
    }

    static byte[] csv(List<String> headings, List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        line(text, headings);
        rows.forEach(row -> line(text, row));
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[UTF8_BOM.length + body.length];
        System.arraycopy(UTF8_BOM, 0, file, 0, UTF8_BOM.length);
        System.arraycopy(body, 0, file, UTF8_BOM.length, body.length);
        return file;
    }

    static byte[] xlsx(List<String> headings, List<List<String>> rows) {
        // Streaming: an export may hold many thousand rows.
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("audit");
            CellStyle heading = WorkbookStyles.of(workbook).heading();
            Row head = sheet.createRow(0);
            for (int c = 0; c < headings.size(); c++) {
                head.createCell(c).setCellValue(headings.get(c));
                head.getCell(c).setCellStyle(heading);
            }
            int r = 1;
            for (List<String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c) == null ? "" : values.get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private static void line(StringBuilder text, List<String> values) {
        text.append(String.join(",", values.stream().map(AuditExport::field).toList())).append("\r\n");
    }

    private static String field(String raw) {
        String value = raw == null ? "" : raw;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
