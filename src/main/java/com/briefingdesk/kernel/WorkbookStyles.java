package com.briefingdesk.kernel;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles the 通报 workbooks share (the adoption report and the unit statistics): bold for the title and
 * the headings, and adoption rates as percentages with one decimal. A style belongs to its workbook, so each
 * workbook makes its own.
 */
public record WorkbookStyles(CellStyle heading, CellStyle percent) {

    public static WorkbookStyles of(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle heading = workbook.createCellStyle();
        heading.setFont(bold);
        CellStyle percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        return new WorkbookStyles(heading, percent);
    }
}
