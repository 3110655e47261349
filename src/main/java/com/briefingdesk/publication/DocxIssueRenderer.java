package com.briefingdesk.publication;

import com.briefingdesk.article.ArticleBody;
import com.briefingdesk.article.OutlineHeading;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssueArticle;
import com.briefingdesk.kernel.OfficeClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.springframework.stereotype.Component;

/**
 * The issue as a Word document for offices that edit in Word or WPS: the same parts and order as the PDF, the
 * GB/T 9704 page (A4, 37 mm top and 28 mm left margins, 156 × 225 mm text block), set in the fonts those offices
 * have (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体_GB2312), bold lead phrases bold, headings 一、 in 黑体 and （一） in 楷体.
 */
@Component
public class DocxIssueRenderer {

    static final String BODY_FONT = "仿宋_GB2312";
    static final String TITLE_FONT = "方正小标宋简体";
    static final String HEADING_FONT = "黑体";
    static final String SUBHEADING_FONT = "楷体_GB2312";
    private static final int TWIPS_PER_MM = 1440 * 10 / 254;
    private static final int BODY_HALF_POINTS = 32;
    /** 22 lines in 225 mm, as exact line spacing in points. */
    private static final double BODY_LINE = 225 * 72 / 25.4 / 22;

    private final OfficeClock officeClock;

    public DocxIssueRenderer(OfficeClock officeClock) {
        this.officeClock = officeClock;
    }

    public byte[] render(Issue issue) {
        try (XWPFDocument document = new XWPFDocument()) {
            page(document);
            titleBlock(document, issue);
            if (issue.editorNote() != null && !issue.editorNote().isBlank()) {
                XWPFParagraph note = body(document);
                run(note, IssueDocumentText.EDITOR_NOTE_LABEL, HEADING_FONT, BODY_HALF_POINTS, false, null);
                run(note, issue.editorNote(), BODY_FONT, BODY_HALF_POINTS, false, null);
            }
            Map<String, List<IssueArticle>> columns = IssueDocumentText.byColumn(issue);
            columns.forEach((column, articles) -> {
                XWPFParagraph heading = line(document, ParagraphAlignment.LEFT);
                run(heading, IssueDocumentText.columnHeading(column), HEADING_FONT, BODY_HALF_POINTS, false, null);
                for (IssueArticle article : articles) {
                    XWPFParagraph entry = body(document);
                    run(entry, article.title(), BODY_FONT, BODY_HALF_POINTS, false, null);
                }
            });
            columns.values().forEach(articles -> articles.forEach(a -> article(document, a)));
            colophon(document, issue);
            document.getProperties().getCoreProperties().setTitle(issue.title());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new RenderingFailedException("The .docx of issue " + issue.id() + " could not be written: "
                    + e.getMessage(), e);
        }
    }

    private void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(210L * TWIPS_PER_MM));
        size.setH(BigInteger.valueOf(297L * TWIPS_PER_MM));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(37L * TWIPS_PER_MM));
        margins.setLeft(BigInteger.valueOf(28L * TWIPS_PER_MM));
        margins.setRight(BigInteger.valueOf((210L - 28 - 156) * TWIPS_PER_MM));
        margins.setBottom(BigInteger.valueOf((297L - 37 - 225) * TWIPS_PER_MM));
        margins.setFooter(BigInteger.valueOf((297L - 37 - 225 - 7 - 5) * TWIPS_PER_MM));
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph number = footer.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        run(number, "— ", BODY_FONT, 28, false, null);
        number.getCTP().addNewFldSimple().setInstr("PAGE");
        run(number, " —", BODY_FONT, 28, false, null);
    }

    private void titleBlock(XWPFDocument document, Issue issue) {
        String marking = issue.effectiveMarking();
        XWPFParagraph markingLine = line(document, ParagraphAlignment.LEFT);
        run(markingLine, marking == null ? "" : marking, HEADING_FONT, BODY_HALF_POINTS, false, null);
        XWPFParagraph title = line(document, ParagraphAlignment.CENTER);
        title.setSpacingBetween(60, LineSpacingRule.EXACT);
        run(title, issue.series().title(), TITLE_FONT, 80, false, "E60012");
        XWPFParagraph number = line(document, ParagraphAlignment.CENTER);
        run(number, IssueDocumentText.numberLabel(issue), BODY_FONT, BODY_HALF_POINTS, false, null);
        XWPFParagraph office = line(document, ParagraphAlignment.LEFT);
        office.setIndentationLeft(320);
        CTTabStop right = office.getCTP().addNewPPr().addNewTabs().addNewTab();
        right.setVal(STTabJc.RIGHT);
        right.setPos(BigInteger.valueOf(156L * TWIPS_PER_MM - 320));
        run(office, issue.series().issuingOffice(), BODY_FONT, BODY_HALF_POINTS, false, null);
        office.createRun().addTab();
        run(office, IssueDocumentText.dateLabel(issue, officeClock), BODY_FONT, BODY_HALF_POINTS, false, null);
        border(office, false, 12, "E60012");
    }

    private void article(XWPFDocument document, IssueArticle article) {
        line(document, ParagraphAlignment.CENTER);
        XWPFParagraph title = line(document, ParagraphAlignment.CENTER);
        title.setSpacingBetween(34, LineSpacingRule.EXACT);
        title.setKeepNext(true);
        run(title, article.title(), TITLE_FONT, 44, false, null);
        for (ArticleBody.Paragraph paragraph : article.body().paragraphs()) {
            XWPFParagraph p = body(document);
            for (OutlineHeading.Segment segment : OutlineHeading.segments(paragraph)) {
                switch (segment.face()) {
                    case BODY -> run(p, segment.text(), BODY_FONT, BODY_HALF_POINTS, false, null);
                    case LEAD_PHRASE -> run(p, segment.text(), HEADING_FONT, BODY_HALF_POINTS, true, null);
                    case FIRST_LEVEL -> run(p, segment.text(), HEADING_FONT, BODY_HALF_POINTS, false, null);
                    case SECOND_LEVEL -> run(p, segment.text(), SUBHEADING_FONT, BODY_HALF_POINTS, false, null);
                }
            }
        }
    }

    private void colophon(XWPFDocument document, Issue issue) {
        line(document, ParagraphAlignment.LEFT);
        List<String> lines = IssueDocumentText.recipientLines(issue);
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph row = line(document, ParagraphAlignment.LEFT);
            int hang = (lines.get(i).indexOf('：') + 1) * 280; // wrapped text goes on under the first name
            row.setIndentationLeft(280 + hang);
            row.setIndentationHanging(hang);
            row.setIndentationRight(280);
            run(row, lines.get(i), BODY_FONT, 28, false, null);
            if (i == 0) {
                border(row, true, 8, "000000");
            }
            border(row, false, 6, "000000");
        }
        XWPFParagraph serial = line(document, ParagraphAlignment.RIGHT);
        serial.setIndentationRight(280);
        run(serial, IssueDocumentText.serialAndCount(issue), BODY_FONT, 28, false, null);
        if (lines.isEmpty()) {
            border(serial, true, 8, "000000");
        }
        border(serial, false, 8, "000000");
    }

    private XWPFParagraph body(XWPFDocument document) {
        XWPFParagraph paragraph = line(document, ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(2 * 320);
        return paragraph;
    }

    private XWPFParagraph line(XWPFDocument document, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBetween(BODY_LINE, LineSpacingRule.EXACT);
        paragraph.setSpacingAfter(0);
        return paragraph;
    }

    private static void run(XWPFParagraph paragraph, String text, String font, int halfPoints, boolean bold,
                            String color) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
        run.setFontSize(halfPoints / 2.0);
        run.setBold(bold);
        if (color != null) {
            run.setColor(color);
        }
    }

    /** A rule over or under the paragraph; size in eighths of a point (0.35 mm ≈ 8, 0.25 mm ≈ 6). */
    private static void border(XWPFParagraph paragraph, boolean top, int eighths, String color) {
        CTPBdr borders = paragraph.getCTP().isSetPPr() && paragraph.getCTP().getPPr().isSetPBdr()
                ? paragraph.getCTP().getPPr().getPBdr()
                : (paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr())
                        .addNewPBdr();
        CTBorder border = top ? borders.addNewTop() : borders.addNewBottom();
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(eighths));
        border.setSpace(BigInteger.valueOf(1));
        border.setColor(color);
    }
}
