package com.briefingdesk.scoring;

import com.briefingdesk.publication.PdfFontFiles;
import com.briefingdesk.publication.PdfFontSettings;
import com.briefingdesk.publication.PageCursor;
import com.briefingdesk.publication.PdfFonts;
import com.briefingdesk.publication.RenderingFailedException;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.springframework.stereotype.Component;

/**
 * The 信息采用通报 as a PDF laid out like an office notice: the title centred in the title font, the period under
 * it, the ranking as a ruled table whose heading repeats on every page, and the office and date at the end. Set in
 * the fonts the issues are set in ({@code briefing.pdf.fonts.*}).
 */
@Component
public class ReportPdf {

    private static final float MM = 72f / 25.4f;
    private static final float LEFT = 28 * MM;
    private static final float WIDTH = 156 * MM;
    private static final float TOP = PDRectangle.A4.getHeight() - 37 * MM;
    private static final float BOTTOM = 35 * MM;
    private static final float TITLE_SIZE = 22;
    private static final float LINE_SIZE = 16;
    private static final float CELL_SIZE = 12;
    private static final float ROW_HEIGHT = 24;
    /** Shares of the text block per column: rank, unit, submitted, adopted, rate, commissions, points. */
    private static final float[] COLUMNS = {0.09f, 0.31f, 0.11f, 0.11f, 0.13f, 0.13f, 0.12f};

    private final PdfFontSettings fontSettings;
    private final PdfFontFiles fontFiles;

    ReportPdf(PdfFontSettings fontSettings, PdfFontFiles fontFiles) {
        this.fontSettings = fontSettings;
        this.fontFiles = fontFiles;
    }

    /** One render at a time: the parsed font files are shared. */
    public synchronized byte[] render(AdoptionReport report, ReportTexts texts) {
        try (PDDocument document = new PDDocument();
             PdfFonts fonts = PdfFonts.load(document, fontSettings, fontFiles)) {
            Writer writer = new Writer(document, fonts);
            writer.newPage();
            writer.centred(texts.title(), PdfFonts.Role.TITLE, TITLE_SIZE, 40);
            writer.centred(texts.periodLine(), PdfFonts.Role.BODY, LINE_SIZE, 36);
            writer.row(texts.headings(), PdfFonts.Role.HEADING);
            for (UnitScore unit : report.units()) {
                if (writer.top() - ROW_HEIGHT < BOTTOM) {
                    writer.newPage();
                    writer.row(texts.headings(), PdfFonts.Role.HEADING);
                }
                writer.row(ReportTexts.cells(unit), PdfFonts.Role.BODY);
            }
            writer.skip(24);
            writer.right(texts.closing(), PdfFonts.Role.BODY, LINE_SIZE);
            writer.finish();
            document.getDocumentInformation().setTitle(texts.title());
            document.getDocumentInformation().setCreator("Briefing Desk");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException | UncheckedIOException e) {
            throw new RenderingFailedException("The report PDF could not be written: " + e.getMessage(), e);
        }
    }

    /** Where the next line goes, page by page. */
    private static final class Writer extends PageCursor {

        private final PdfFonts fonts;

        Writer(PDDocument document, PdfFonts fonts) {
            super(document, TOP);
            this.fonts = fonts;
        }

        void centred(String text, PdfFonts.Role role, float size, float pitch) throws IOException {
            float width = width(text, role, size);
            show(text, role, size, LEFT + (WIDTH - width) / 2, top - pitch / 2 - 0.36f * size);
            top -= pitch;
        }

        void right(String text, PdfFonts.Role role, float size) throws IOException {
            show(text, role, size, LEFT + WIDTH - width(text, role, size), top - 0.8f * size);
            top -= size * 1.6f;
        }

        /** A table row with its rules; the unit's column left-aligned, the figures centred. */
        void row(List<String> cells, PdfFonts.Role role) throws IOException {
            float x = LEFT;
            float baseline = top - ROW_HEIGHT / 2 - 0.36f * CELL_SIZE;
            content.setStrokingColor(Color.BLACK);
            content.setLineWidth(0.5f);
            content.addRect(LEFT, top - ROW_HEIGHT, WIDTH, ROW_HEIGHT);
            for (int c = 0; c < cells.size(); c++) {
                float columnWidth = COLUMNS[c] * WIDTH;
                String text = fit(cells.get(c), role, columnWidth - 8);
                float textWidth = width(text, role, CELL_SIZE);
                float textX = c == 1 ? x + 4 : x + (columnWidth - textWidth) / 2;
                show(text, role, CELL_SIZE, textX, baseline);
                if (c > 0) {
                    content.moveTo(x, top);
                    content.lineTo(x, top - ROW_HEIGHT);
                }
                x += columnWidth;
            }
            content.stroke();
            top -= ROW_HEIGHT;
        }

        /** Shortens a name too long for its cell, with an ellipsis. */
        private String fit(String text, PdfFonts.Role role, float width) throws IOException {
            if (width(text, role, CELL_SIZE) <= width) {
                return text;
            }
            String shorter = text;
            while (!shorter.isEmpty() && width(shorter + "…", role, CELL_SIZE) > width) {
                shorter = shorter.substring(0, shorter.offsetByCodePoints(shorter.length(), -1));
            }
            return shorter + "…";
        }

        private float width(String text, PdfFonts.Role role, float size) throws IOException {
            float width = 0;
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                String character = new String(Character.toChars(codePoint));
                width += fonts.faceFor(role, codePoint).font().getStringWidth(character) / 1000 * size;
                i += Character.charCount(codePoint);
            }
            return width;
        }

        /** Sets the text run by run, each run in the first font of the role that has its characters. */
        private void show(String text, PdfFonts.Role role, float size, float x, float baseline) throws IOException {
            int i = 0;
            while (i < text.length()) {
                PdfFonts.Face face = fonts.faceFor(role, text.codePointAt(i));
                int end = i;
                while (end < text.length() && fonts.faceFor(role, text.codePointAt(end)) == face) {
                    end += Character.charCount(text.codePointAt(end));
                }
                String run = text.substring(i, end);
                content.beginText();
                content.setFont(face.font(), size);
                content.setNonStrokingColor(Color.BLACK);
                content.setTextMatrix(Matrix.getTranslateInstance(x, baseline));
                content.showText(run);
                content.endText();
                x += face.font().getStringWidth(run) / 1000 * size;
                i = end;
            }
        }
    }
}
