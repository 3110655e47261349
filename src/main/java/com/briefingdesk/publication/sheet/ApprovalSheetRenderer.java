package com.briefingdesk.publication.sheet;

import com.briefingdesk.kernel.BundleI18NProvider;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.publication.PageCursor;
import com.briefingdesk.publication.PdfFontFiles;
import com.briefingdesk.publication.PdfFontSettings;
import com.briefingdesk.publication.PdfFonts;
import com.briefingdesk.publication.RenderingFailedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.springframework.stereotype.Component;

/**
 * The approval sheet as a Chinese office prints it: A4, the series and 发文稿纸（审批单） centred, a bordered table of
 * what the issue is, then a bordered table of every step with its opinion, person, role and time; the step table
 * carries its heading row again on each new page. Set in the fonts of the published issue.
 */
@Component
public class ApprovalSheetRenderer {

    private static final float MM = 72f / 25.4f;
    private static final float LEFT = 20 * MM;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 40 * MM;
    private static final float TOP = PDRectangle.A4.getHeight() - 20 * MM;
    private static final float BOTTOM = 20 * MM;
    private static final float SIZE = 11;
    private static final float LEADING = 16;
    private static final float PADDING = 4;
    private static final float[] INFO_COLUMNS = {0.16f, 0.34f, 0.16f, 0.34f};
    private static final float[] STEP_COLUMNS = {0.11f, 0.09f, 0.37f, 0.18f, 0.10f, 0.15f};
    /** Date over time, so the time column stays narrow. */
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'\n'HH:mm");

    private final PdfFontSettings fontSettings;
    private final PdfFontFiles fontFiles;
    private final BundleI18NProvider i18n;
    private final OfficeClock clock;

    ApprovalSheetRenderer(PdfFontSettings fontSettings, PdfFontFiles fontFiles, BundleI18NProvider i18n,
                          OfficeClock clock) {
        this.fontSettings = fontSettings;
        this.fontFiles = fontFiles;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** One render at a time, like the issue's: the parsed font files are shared. */
    public synchronized byte[] render(ApprovalSheet sheet) {
        try (PDDocument document = new PDDocument();
             PdfFonts fonts = PdfFonts.load(document, fontSettings, fontFiles)) {
            Pages pages = new Pages(document, fonts);
            pages.newPage();
            pages.centred(sheet.seriesTitle(), PdfFonts.Role.TITLE, 18, 28);
            pages.centred(text("approval.sheet.heading"), PdfFonts.Role.HEADING, 20, 34);
            pages.skip(6);
            String none = text("approval.sheet.none");
            pages.row(INFO_COLUMNS, List.of(text("approval.sheet.series"), sheet.seriesTitle(),
                    text("approval.sheet.office"), sheet.issuingOffice()), PdfFonts.Role.BODY);
            pages.row(INFO_COLUMNS, List.of(text("approval.sheet.number"), orNone(sheet.number(), none),
                    text("approval.sheet.serial"), orNone(sheet.serial(), none)), PdfFonts.Role.BODY);
            pages.row(new float[] {0.16f, 0.84f}, List.of(text("approval.sheet.issue"),
                    sheet.issueTitle() + "（" + text("approval.sheet.printCount", sheet.printCount()) + "）"),
                    PdfFonts.Role.BODY);
            pages.row(new float[] {0.16f, 0.84f}, List.of(text("approval.sheet.articles"),
                    sheet.articleTitles().isEmpty() ? none : String.join("\n", numbered(sheet.articleTitles()))),
                    PdfFonts.Role.BODY);
            pages.skip(10);
            List<String> heading = List.of(text("approval.sheet.step"), text("approval.sheet.decision"),
                    text("approval.sheet.opinion"), text("approval.sheet.person"), text("approval.sheet.role"),
                    text("approval.sheet.time"));
            pages.row(STEP_COLUMNS, heading, PdfFonts.Role.HEADING);
            for (ApprovalSheet.Step step : sheet.steps()) {
                List<String> cells = List.of(text(step.stepKey()),
                        step.decisionKey() == null ? "" : text(step.decisionKey()),
                        step.opinion() == null ? "" : step.opinion(), step.person(), text(step.roleKey()),
                        MINUTE.format(clock.localTime(step.at())));
                if (!pages.fits(pages.height(STEP_COLUMNS, cells))) {
                    pages.newPage();
                    pages.row(STEP_COLUMNS, heading, PdfFonts.Role.HEADING);
                }
                pages.row(STEP_COLUMNS, cells, PdfFonts.Role.BODY);
            }
            pages.finish();
            document.getDocumentInformation().setTitle(sheet.issueTitle() + " " + text("approval.sheet.heading"));
            document.getDocumentInformation().setCreator("Briefing Desk");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException | UncheckedIOException e) {
            throw new RenderingFailedException("The approval sheet of issue " + sheet.issueId()
                    + " could not be written: " + e.getMessage(), e);
        }
    }

    /** Chinese, as the office files it; a step another feature adds without a role prints no role. */
    private String text(String key, Object... params) {
        String text = i18n.getTranslation(key, BundleI18NProvider.CHINESE, params);
        return text.startsWith("!") ? "" : text;
    }

    private static String orNone(String value, String none) {
        return value == null ? none : value;
    }

    private static List<String> numbered(List<String> titles) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            lines.add((i + 1) + ". " + titles.get(i));
        }
        return lines;
    }

    /** The pages and the position of the next row on them. */
    private static final class Pages extends PageCursor {

        private final PdfFonts fonts;

        Pages(PDDocument document, PdfFonts fonts) {
            super(document, TOP);
            this.fonts = fonts;
        }

        boolean fits(float height) {
            return top - height >= BOTTOM;
        }

        void centred(String text, PdfFonts.Role role, float size, float pitch) throws IOException {
            float width = width(text, role, size);
            write(text, role, size, LEFT + (WIDTH - width) / 2, top - pitch + (pitch - size) / 2 + 0.15f * size);
            top -= pitch;
        }

        float height(float[] columns, List<String> cells) {
            int lines = 1;
            for (int i = 0; i < cells.size(); i++) {
                lines = Math.max(lines, wrap(cells.get(i), PdfFonts.Role.BODY, columns[i] * WIDTH - 2 * PADDING).size());
            }
            return lines * LEADING + 2 * PADDING;
        }

        /** One row of bordered cells; the text of each wraps within its cell. */
        void row(float[] columns, List<String> cells, PdfFonts.Role role) throws IOException {
            float height = height(columns, cells);
            if (!fits(height)) {
                newPage();
            }
            float x = LEFT;
            content.setLineWidth(0.6f);
            for (int i = 0; i < cells.size(); i++) {
                float width = columns[i] * WIDTH;
                content.addRect(x, top - height, width, height);
                content.stroke();
                float baseline = top - PADDING - LEADING + (LEADING - SIZE) / 2 + 0.15f * SIZE;
                for (String line : wrap(cells.get(i), role, width - 2 * PADDING)) {
                    write(line, role, SIZE, x + PADDING, baseline);
                    baseline -= LEADING;
                }
                x += width;
            }
            top -= height;
        }

        /** Lines that fit the width; any two characters may part, as in Chinese, and a new line starts a line. */
        private List<String> wrap(String text, PdfFonts.Role role, float width) {
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\n", -1)) {
                StringBuilder line = new StringBuilder();
                float used = 0;
                for (int i = 0; i < paragraph.length(); ) {
                    int cp = paragraph.codePointAt(i);
                    String ch = new String(Character.toChars(cp));
                    float w = width(ch, role, SIZE);
                    if (used + w > width && line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                        used = 0;
                    }
                    line.append(ch);
                    used += w;
                    i += Character.charCount(cp);
                }
                lines.add(line.toString());
            }
            return lines;
        }

        private float width(String text, PdfFonts.Role role, float size) {
            float width = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                width += Character.isWhitespace(cp) ? size * 0.3f : glyphWidth(role, cp, size);
                i += Character.charCount(cp);
            }
            return width;
        }

        private float glyphWidth(PdfFonts.Role role, int cp, float size) {
            try {
                return fonts.faceFor(role, cp).font().getStringWidth(new String(Character.toChars(cp))) / 1000 * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Sets the text in runs of one font each, as the fonts of the role have the characters. */
        private void write(String text, PdfFonts.Role role, float size, float x, float baseline) throws IOException {
            int i = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                if (Character.isWhitespace(cp)) {
                    x += size * 0.3f;
                    i += Character.charCount(cp);
                    continue;
                }
                PdfFonts.Face face = fonts.faceFor(role, cp);
                int end = i + Character.charCount(cp);
                while (end < text.length() && !Character.isWhitespace(text.codePointAt(end))
                        && fonts.faceFor(role, text.codePointAt(end)) == face) {
                    end += Character.charCount(text.codePointAt(end));
                }
                String run = text.substring(i, end);
                content.beginText();
                content.setFont(face.font(), size);
                content.newLineAtOffset(x, baseline);
                content.showText(run);
                content.endText();
                x += face.font().getStringWidth(run) / 1000 * size;
                i = end;
            }
        }
    }
}
