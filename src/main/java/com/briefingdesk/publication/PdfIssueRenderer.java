package com.briefingdesk.publication;

import com.briefingdesk.article.ArticleBody;
import com.briefingdesk.article.OutlineHeading;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssueArticle;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.publication.LineBreaker.Run;
import com.briefingdesk.publication.PdfFonts.Role;
import com.briefingdesk.publication.PdfPages.Align;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.stereotype.Component;

/**
 * The issue as the printed briefing, laid out after GB/T 9704-2012 like the sample: marking, red series title,
 * 第 N 期, office and date, red rule, editor's note, columns with their contents, the articles (title 2号 centred,
 * paragraphs 3号 indented two characters, 28 characters a line, 22 lines a page, lead phrases in 黑体) and the
 * 版记 at the foot of the last page.
 */
@Component
public class PdfIssueRenderer {

    static final Color RED = new Color(0xE6, 0x00, 0x12);
    static final float BODY_SIZE = 16;
    static final float TITLE_SIZE = 22;
    static final float COLOPHON_SIZE = 14;
    /** 22 lines in the 225 mm text block. */
    static final float BODY_PITCH = (PdfPages.TOP - PdfPages.BOTTOM) / 22;
    /** 28 full-width characters in the 156 mm measure: each a little narrower than 16 pt. */
    static final float BODY_TRACKING = PdfPages.WIDTH / 28 - BODY_SIZE;
    static final float TITLE_PITCH = 34;
    static final float COLOPHON_PITCH = 26;
    private static final float THICK_RULE = 0.35f * PdfPages.MM;
    private static final float THIN_RULE = 0.25f * PdfPages.MM;

    private final PdfFontSettings fontSettings;
    private final PdfFontFiles fontFiles;
    private final OfficeClock officeClock;

    public PdfIssueRenderer(PdfFontSettings fontSettings, PdfFontFiles fontFiles, OfficeClock officeClock) {
        this.fontSettings = fontSettings;
        this.fontFiles = fontFiles;
        this.officeClock = officeClock;
    }

    /** One render at a time: the parsed font files are shared and read while the PDF is written. */
    public synchronized byte[] render(Issue issue) {
        try (PDDocument document = new PDDocument();
             PdfFonts fonts = PdfFonts.load(document, fontSettings, fontFiles)) {
            PdfPages pages = new PdfPages(document, fonts);
            pages.newPage();
            titleBlock(pages, issue);
            editorNote(pages, issue);
            Map<String, List<IssueArticle>> columns = IssueDocumentText.byColumn(issue);
            contents(pages, columns);
            columns.values().forEach(articles -> articles.forEach(a -> article(pages, a)));
            colophon(pages, issue);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(issue.title());
            info.setCreator("Briefing Desk");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException | UncheckedIOException e) {
            throw new RenderingFailedException("The PDF of issue " + issue.id() + " could not be written: "
                    + e.getMessage(), e);
        }
    }

    private void titleBlock(PdfPages pages, Issue issue) {
        LineBreaker breaker = pages.breaker();
        String marking = issue.effectiveMarking();
        if (marking != null && !marking.isBlank()) {
            pages.lines(breaker.lines(breaker.atoms(List.of(new Run(marking, Role.HEADING)), BODY_SIZE, 0, false),
                    PdfPages.WIDTH, 0, 0), BODY_SIZE, BODY_PITCH, Align.LEFT, 0, 0, Color.BLACK);
        } else {
            pages.skip(BODY_PITCH);
        }
        pages.skip(BODY_PITCH * 0.5f);
        String title = issue.series().title();
        float size = Math.min(40, PdfPages.WIDTH / Math.max(1, title.codePointCount(0, title.length())));
        pages.lines(breaker.lines(breaker.atoms(List.of(new Run(title, Role.TITLE)), size, 0, true),
                PdfPages.WIDTH, 0, 0), size, size * 1.5f, Align.CENTER, 0, 0, RED);
        pages.skip(BODY_PITCH * 0.25f);
        pages.lines(breaker.lines(breaker.atoms(List.of(new Run(IssueDocumentText.numberLabel(issue), Role.BODY)),
                BODY_SIZE, 0, false), PdfPages.WIDTH, 0, 0), BODY_SIZE, BODY_PITCH, Align.CENTER, 0, 0, Color.BLACK);
        // issuing office at the left and date at the right of one line, each one character in
        float baseline = pages.top() - BODY_PITCH / 2 - 0.36f * BODY_SIZE;
        List<LineBreaker.Atom> office = breaker.atoms(List.of(new Run(issue.series().issuingOffice(), Role.BODY)),
                BODY_SIZE, 0, false);
        List<LineBreaker.Atom> date = breaker.atoms(
                List.of(new Run(IssueDocumentText.dateLabel(issue, officeClock), Role.BODY)), BODY_SIZE, 0, false);
        pages.textAt(office, PdfPages.LEFT + BODY_SIZE, baseline, BODY_SIZE, Color.BLACK);
        pages.textAt(date, PdfPages.LEFT + PdfPages.WIDTH - BODY_SIZE - width(date), baseline, BODY_SIZE,
                Color.BLACK);
        pages.skip(BODY_PITCH);
        pages.rule(pages.top() - 2 * PdfPages.MM, 1.5f, RED);
        pages.skip(BODY_PITCH * 0.75f);
    }

    private void editorNote(PdfPages pages, Issue issue) {
        if (issue.editorNote() == null || issue.editorNote().isBlank()) {
            return;
        }
        List<Run> runs = List.of(new Run(IssueDocumentText.EDITOR_NOTE_LABEL, Role.HEADING),
                new Run(issue.editorNote(), Role.BODY));
        paragraph(pages, runs);
        pages.skip(BODY_PITCH * 0.5f);
    }

    private void contents(PdfPages pages, Map<String, List<IssueArticle>> columns) {
        LineBreaker breaker = pages.breaker();
        columns.forEach((column, articles) -> {
            if (!pages.fits(BODY_PITCH * 2)) {
                pages.newPage();
            }
            pages.lines(breaker.lines(breaker.atoms(List.of(new Run(IssueDocumentText.columnHeading(column),
                    Role.HEADING)), BODY_SIZE, BODY_TRACKING, false), PdfPages.WIDTH, 0, 0), BODY_SIZE, BODY_PITCH,
                    Align.LEFT, 0, 0, Color.BLACK);
            for (IssueArticle article : articles) {
                pages.lines(breaker.lines(breaker.atoms(List.of(new Run(article.title(), Role.BODY)), BODY_SIZE,
                        BODY_TRACKING, false), PdfPages.WIDTH, 2 * BODY_SIZE, 2 * BODY_SIZE), BODY_SIZE, BODY_PITCH,
                        Align.LEFT, 2 * BODY_SIZE, 2 * BODY_SIZE, Color.BLACK);
            }
        });
    }

    private void article(PdfPages pages, IssueArticle article) {
        LineBreaker breaker = pages.breaker();
        List<LineBreaker.Line> title = breaker.lines(breaker.atoms(List.of(new Run(article.title(), Role.TITLE)),
                TITLE_SIZE, 0, true), PdfPages.WIDTH, 0, 0);
        float gapAbove = pages.atPageTop() ? 0 : BODY_PITCH;
        // a title never stands alone at the foot of a page: it keeps two lines of its text with it
        if (!pages.fits(gapAbove + title.size() * TITLE_PITCH + BODY_PITCH * 0.5f + 2 * BODY_PITCH)) {
            pages.newPage();
        } else {
            pages.skip(gapAbove);
        }
        pages.lines(title, TITLE_SIZE, TITLE_PITCH, Align.CENTER, 0, 0, Color.BLACK);
        pages.skip(BODY_PITCH * 0.5f);
        for (ArticleBody.Paragraph paragraph : article.body().paragraphs()) {
            List<Run> runs = new ArrayList<>();
            for (OutlineHeading.Segment segment : OutlineHeading.segments(paragraph)) {
                runs.add(new Run(segment.text(), switch (segment.face()) {
                    case BODY -> Role.BODY;
                    case LEAD_PHRASE, FIRST_LEVEL -> Role.HEADING;
                    case SECOND_LEVEL -> Role.SUBHEADING;
                }));
            }
            paragraph(pages, runs);
        }
    }

    private void paragraph(PdfPages pages, List<Run> runs) {
        LineBreaker breaker = pages.breaker();
        List<LineBreaker.Line> lines = breaker.lines(breaker.atoms(runs, BODY_SIZE, BODY_TRACKING, false),
                PdfPages.WIDTH, 2 * BODY_SIZE, 0);
        pages.lines(lines, BODY_SIZE, BODY_PITCH, Align.JUSTIFY, 2 * BODY_SIZE, 0, Color.BLACK);
    }

    /**
     * The 版记 at the foot of the last page: the 报/送/发 lines (and 本期增发) and the serial number with the print count,
     * between full-width rules, the first and last thick; the last on the bottom edge of the text block. When it does
     * not fit under the text, it gets a page of its own, which carries no page number.
     */
    private void colophon(PdfPages pages, Issue issue) {
        LineBreaker breaker = pages.breaker();
        float inset = COLOPHON_SIZE;
        List<List<LineBreaker.Line>> rows = new ArrayList<>();
        List<Float> hangs = new ArrayList<>();
        for (String text : IssueDocumentText.recipientLines(issue)) {
            // a line that wraps goes on under its first name: past 报： or 本期增发：
            float hang = (text.indexOf('：') + 1) * COLOPHON_SIZE;
            hangs.add(hang);
            rows.add(breaker.lines(breaker.atoms(List.of(new Run(text, Role.BODY)), COLOPHON_SIZE, 0, false),
                    PdfPages.WIDTH - 2 * inset, 0, hang));
        }
        List<LineBreaker.Line> serial = breaker.lines(breaker.atoms(List.of(new Run(
                IssueDocumentText.serialAndCount(issue), Role.BODY)), COLOPHON_SIZE, 0, false),
                PdfPages.WIDTH - 2 * inset, 0, 0);
        int lineCount = rows.stream().mapToInt(List::size).sum() + serial.size();
        float height = lineCount * COLOPHON_PITCH;
        boolean ownPage = !pages.fits(height + BODY_PITCH);
        if (ownPage) {
            pages.newPage();
        }
        pages.skip(pages.top() - PdfPages.BOTTOM - height);
        pages.rule(pages.top(), THICK_RULE, Color.BLACK);
        for (int i = 0; i < rows.size(); i++) {
            pages.lines(rows.get(i), COLOPHON_SIZE, COLOPHON_PITCH, Align.LEFT, inset, inset + hangs.get(i),
                    Color.BLACK);
            pages.rule(pages.top(), THIN_RULE, Color.BLACK);
        }
        pages.lines(serial, COLOPHON_SIZE, COLOPHON_PITCH, Align.RIGHT, inset, inset, Color.BLACK);
        pages.rule(PdfPages.BOTTOM, THICK_RULE, Color.BLACK);
        pages.finishPage(!ownPage);
    }

    private static float width(List<LineBreaker.Atom> atoms) {
        return atoms.stream().map(LineBreaker.Atom::width).reduce(0f, Float::sum);
    }
}
