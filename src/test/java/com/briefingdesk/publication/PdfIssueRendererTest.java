package com.briefingdesk.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.briefingdesk.article.ArticleBody;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssueArticle;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample issue rendered to PDF and read back: every word of the source is there, in embedded fonts, with no
 * empty glyph; the title block, page numbers and 版记 stand where GB/T 9704 puts them. The first and last pages
 * are written to target/ as pictures for a person to look at.
 */
class PdfIssueRendererTest {

    static Issue issue;
    static byte[] pdf;

    @BeforeAll
    static void render() throws IOException {
        issue = SampleIssue.issue();
        PdfIssueRenderer renderer = new PdfIssueRenderer(SampleIssue.defaultFonts(), new PdfFontFiles(),
                SampleIssue.OFFICE);
        long cold = System.nanoTime();
        renderer.render(issue); // the first render also loads classes and parses the font files
        long started = System.nanoTime();
        pdf = renderer.render(issue);
        System.out.printf("Rendering the sample issue to PDF took %d ms (first render, parsing the fonts: %d ms);"
                + " %d pages, %d bytes%n", (System.nanoTime() - started) / 1_000_000, (started - cold) / 1_000_000,
                Loader.loadPDF(pdf).getNumberOfPages(), pdf.length);
        Path target = Path.of("target", "rendered");
        Files.createDirectories(target);
        Files.write(target.resolve("sample-issue.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer pictures = new PDFRenderer(document);
            for (int page : new int[] {0, document.getNumberOfPages() - 1}) {
                BufferedImage image = pictures.renderImageWithDPI(page, 100);
                ImageIO.write(image, "png", target.resolve("sample-issue-page-" + (page + 1) + ".png").toFile());
            }
        }
    }

    static String compact(String text) {
        return text.replaceAll("[\\s\\u3000]+", "");
    }

    static String text(PDDocument document, int fromPage, int toPage) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(fromPage);
        stripper.setEndPage(toPage);
        return stripper.getText(document);
    }

    @Test
    void everyTitleParagraphAndNumberOfTheSourceIsInThePdfInOrder() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // the page numbers (— 2 —) stand between the lines of a paragraph that runs on to the next page
            String text = compact(text(document, 1, document.getNumberOfPages()).replaceAll("— \\d+ —", ""));
            assertThat(text).startsWith("工作资料注意保存江苏精神文明建设简报第13期江苏省文明办2022年4月15日【工作交流】");
            int at = text.indexOf("【工作交流】");
            for (IssueArticle article : issue.articles()) {
                int inContents = text.indexOf(compact(article.title()), at);
                assertThat(inContents).as("contents entry %s", article.title()).isGreaterThan(at);
                at = inContents;
            }
            for (IssueArticle article : issue.articles()) {
                int title = text.indexOf(compact(article.title()), at + 1);
                assertThat(title).as("title of %s", article.title()).isGreaterThan(at);
                at = title;
                for (ArticleBody.Paragraph paragraph : article.body().paragraphs()) {
                    int found = text.indexOf(compact(paragraph.plainText()), at);
                    assertThat(found).as("paragraph %s…", paragraph.plainText().substring(0, 12)).isGreaterThan(at);
                    at = found;
                }
            }
            assertThat(text.substring(at)).contains(
                    "报：中央文明办，省文明委主任、副主任、委员",
                    "发：各设区市、县（市、区）文明委、文明办，省文明委成员单位",
                    "（苏简字1004号共印400份）");
            assertThat(text).doesNotContain("送：");
        }
    }

    @Test
    void headingsOfTheFirstLevelAreSetInTheHeadingFaceAndOfTheSecondInTheSubheadingFace() throws IOException {
        // body and subheading in different fonts here, so that each shows which face set a character
        PdfFontSettings fonts = new PdfFontSettings(
                List.of("/usr/share/fonts/truetype/arphic/uming.ttc#AR PL UMing CN"),
                List.of("/usr/share/fonts/truetype/arphic/uming.ttc#AR PL UMing CN"),
                List.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc#WenQuanYi Zen Hei"),
                List.of("/usr/share/fonts/truetype/arphic/ukai.ttc#AR PL UKai CN"), 0);
        Issue outlined = SampleIssue.withFirstArticleBody("一、主要做法\n（一）强化宣传引导。各地开展宣传活动。\n1．细化分工。");
        byte[] rendered = new PdfIssueRenderer(fonts, new PdfFontFiles(), SampleIssue.OFFICE).render(outlined);
        Map<String, String> fontOf = new TreeMap<>();
        try (PDDocument document = Loader.loadPDF(rendered)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    StringBuilder line = new StringBuilder();
                    positions.forEach(p -> line.append(p.getUnicode()));
                    for (String probe : List.of("主要做法", "强化宣传引导", "各地开展宣传活动", "细化分工")) {
                        int at = line.indexOf(probe);
                        if (at >= 0) {
                            fontOf.put(probe, positions.get(at).getFont().getName());
                        }
                    }
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(2);
            stripper.getText(document);
        }
        assertThat(fontOf.get("主要做法")).contains("ZenHei");
        assertThat(fontOf.get("强化宣传引导")).contains("UKai");
        assertThat(fontOf.get("各地开展宣传活动")).as("the text after the heading's full stop").contains("UMing");
        assertThat(fontOf.get("细化分工")).as("the third level stays in the body face").contains("UMing");
    }

    @Test
    void aSupplementCarriesItsOwnNumberUnderTheSeriesTitle() throws IOException {
        Issue supplement = SampleIssue.supplement();
        byte[] rendered = new PdfIssueRenderer(SampleIssue.defaultFonts(), new PdfFontFiles(), SampleIssue.OFFICE)
                .render(supplement);
        try (PDDocument document = Loader.loadPDF(rendered)) {
            assertThat(compact(text(document, 1, 1))).startsWith("工作资料注意保存江苏精神文明建设简报增刊第1期江苏省文明办");
        }
        assertThat(IssueDocumentText.fileName(supplement, "pdf")).isEqualTo("jswm-2022-s1.pdf");
        assertThat(IssueDocumentText.fileName(issue, "pdf")).isEqualTo("jswm-2022-13.pdf");
    }

    @Test
    void oneOffAdditionsAreTheColophonsLastLineAndWrapUnderTheirFirstName() throws IOException {
        byte[] withAdditions = new PdfIssueRenderer(SampleIssue.defaultFonts(), new PdfFontFiles(), SampleIssue.OFFICE)
                .render(SampleIssue.issue(null, SampleIssue.recipientsWithAdditions()));
        try (PDDocument document = Loader.loadPDF(withAdditions)) {
            int last = document.getNumberOfPages();
            assertThat(compact(text(document, last, last))).containsSubsequence("发：各设区市",
                    "本期增发：" + String.join("，", SampleIssue.ADDITIONS), "（苏简字1004号共印400份）");
            List<List<TextPosition>> lines = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    lines.add(List.copyOf(positions));
                }
            };
            stripper.setStartPage(last);
            stripper.setEndPage(last);
            stripper.getText(document);
            int at = 0;
            while (!lines.get(at).get(0).getUnicode().equals("本")) {
                at++;
            }
            List<TextPosition> first = lines.get(at);
            List<TextPosition> wrapped = lines.get(at + 1);
            assertThat(first.get(4).getUnicode()).isEqualTo("：");
            assertThat(wrapped.get(0).getUnicode()).as("the wrapped line goes on with the names")
                    .isNotEqualTo("（");
            assertThat(wrapped.get(0).getXDirAdj()).as("the wrapped line starts under the first name")
                    .isCloseTo(first.get(5).getXDirAdj(), org.assertj.core.data.Offset.offset(0.5f));
        }
    }

    @Test
    void everyFontIsEmbeddedAndNoCharacterIsSetAsAnEmptyGlyph() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
                }
            }
            assertThat(fonts).isNotEmpty();
            List<String> missing = new ArrayList<>();
            int[] glyphs = {0};
            PDFTextStripper glyphCheck = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs[0]++;
                    try {
                        PDType0Font font = (PDType0Font) text.getFont();
                        for (int code : text.getCharacterCodes()) {
                            if (font.codeToGID(code) == 0) {
                                missing.add(text.getUnicode());
                            }
                        }
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                    super.processTextPosition(text);
                }
            };
            glyphCheck.getText(document);
            int sourceCharacters = issue.articles().stream().mapToInt(a -> compact(a.title()).length()
                    + a.body().paragraphs().stream().mapToInt(p -> compact(p.plainText()).length()).sum()).sum();
            assertThat(glyphs[0]).isGreaterThan(sourceCharacters);
            assertThat(missing).isEmpty();
        }
    }

    @Test
    void pagesAreA4AndNumberedOddRightEvenLeftUnderTheTextBlock() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isBetween(7, 10);
            Map<Integer, Float> numberX = new TreeMap<>();
            Map<Integer, Float> numberY = new TreeMap<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDPage p = document.getPage(page - 1);
                assertThat(p.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
                assertThat(p.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
                int n = page;
                PDFTextStripper positions = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        // the dashes under the text block; "——" also occurs in the articles
                        if ("—".equals(text.getUnicode()) && text.getYDirAdj() > (37 + 225) * PdfPages.MM
                                && !numberX.containsKey(n)) {
                            numberX.put(n, text.getXDirAdj());
                            numberY.put(n, text.getYDirAdj());
                        }
                    }
                };
                positions.setStartPage(page);
                positions.setEndPage(page);
                positions.getText(document);
            }
            assertThat(numberX).isNotEmpty();
            numberX.forEach((page, x) -> {
                if (page % 2 == 1) {
                    assertThat(x).as("page %d number at the right", page).isGreaterThan(420);
                } else {
                    assertThat(x).as("page %d number at the left", page).isLessThan(120);
                }
                // the text block ends 37 + 225 mm from the top; the figures begin 7 mm below it
                float blockEnd = (37 + 225) * PdfPages.MM;
                assertThat(numberY.get(page)).as("page %d number 7 mm under the text block", page)
                        .isBetween(blockEnd + 7 * PdfPages.MM, blockEnd + 7 * PdfPages.MM + 16);
            });
            String first = compact(text(document, 1, 1));
            assertThat(first).contains("—1—");
        }
    }

    @Test
    void aMissingFontFailsWithAMessageThatSaysWhatToDo() {
        PdfFontSettings broken = new PdfFontSettings(List.of("/nowhere/fangsong.ttf"),
                List.of("/nowhere/xiaobiaosong.ttf"), List.of("/nowhere/heiti.ttf"), List.of("/nowhere/kaiti.ttf"), 0);
        assertThatThrownBy(() -> new PdfIssueRenderer(broken, new PdfFontFiles(), SampleIssue.OFFICE).render(issue))
                .isInstanceOf(RenderingFailedException.class)
                .hasMessageContaining("briefing.pdf.fonts.body")
                .hasMessageContaining("/nowhere/fangsong.ttf");
    }

    @Test
    void aCharacterNoFontHasFailsTheRenderNamingIt() {
        PdfFontSettings latinOnly = new PdfFontSettings(
                List.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"),
                List.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"),
                List.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"),
                List.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"), 0);
        assertThat(new File("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")).exists();
        assertThatThrownBy(() -> new PdfIssueRenderer(latinOnly, new PdfFontFiles(), SampleIssue.OFFICE).render(issue))
                .isInstanceOf(RenderingFailedException.class)
                .hasMessageContaining("U+");
    }

    @Test
    void leadPhrasesAreSetInTheHeadingFontAndTheRestInTheBodyFont() throws IOException {
        ArticleBody.Run lead = issue.articles().get(1).body().paragraphs().stream()
                .flatMap(p -> p.runs().stream()).filter(ArticleBody.Run::bold).findFirst().orElseThrow();
        StringBuilder text = new StringBuilder();
        List<String> fontOfCharacter = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition position) {
                    text.append(position.getUnicode());
                    for (int i = 0; i < position.getUnicode().length(); i++) {
                        fontOfCharacter.add(position.getFont().getName());
                    }
                }
            }.getText(document);
        }
        int at = text.indexOf(lead.text());
        assertThat(at).as("lead phrase %s", lead.text()).isPositive();
        List<String> leadFonts = fontOfCharacter.subList(at, at + lead.text().length());
        assertThat(leadFonts).allMatch(name -> name.contains("WenQuanYi"));
        String after = fontOfCharacter.get(at + lead.text().length());
        assertThat(after).as("the text after the lead phrase").contains("UKai");
    }

    @Test
    void noLineStartsWithClosingPunctuationAndNoneIsLongerThan28Characters() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> lines = text(document, 1, document.getNumberOfPages()).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.matches("— \\d+ —")).toList();
            assertThat(lines).hasSizeGreaterThan(150);
            for (String line : lines) {
                assertThat(LineBreaker.NO_LINE_START.indexOf(line.codePointAt(0))).as("start of %s", line)
                        .isNegative();
                assertThat(LineBreaker.NO_LINE_END.indexOf(line.codePointAt(line.length() - 1)))
                        .as("end of %s", line).isNegative();
                long fullWidth = line.codePoints().filter(c -> c >= 0x2E80).count();
                // the 版记 is set in 4号 (14 pt), so more fit on its lines
                boolean colophon = line.startsWith("报：") || line.startsWith("发：") || line.startsWith("送：");
                assertThat(fullWidth).as(line).isLessThanOrEqualTo(colophon ? 31 : 28);
            }
        }
    }

    @Test
    void theColophonStandsBetweenFullWidthRulesThickOutsideThinInsideEndingOnTheTextBlock() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage last = document.getPage(document.getNumberOfPages() - 1);
            List<float[]> rules = new ArrayList<>(); // y, width of the line, length
            float lineWidth = 1;
            List<Object> operands = new ArrayList<>();
            float[] from = null;
            org.apache.pdfbox.pdfparser.PDFStreamParser parser = new org.apache.pdfbox.pdfparser.PDFStreamParser(last);
            for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                if (token instanceof org.apache.pdfbox.contentstream.operator.Operator op) {
                    switch (op.getName()) {
                        case "w" -> lineWidth = number(operands.get(0));
                        case "m" -> from = new float[] {number(operands.get(0)), number(operands.get(1))};
                        case "l" -> rules.add(new float[] {number(operands.get(1)), lineWidth,
                                number(operands.get(0)) - from[0]});
                        default -> { }
                    }
                    operands.clear();
                } else {
                    operands.add(token);
                }
            }
            assertThat(rules).hasSize(4); // 报, 发, serial: thick, thin, thin, thick
            assertThat(rules).allSatisfy(r -> assertThat(r[2]).isCloseTo(156 * PdfPages.MM,
                    org.assertj.core.data.Offset.offset(0.1f)));
            assertThat(rules).extracting(r -> Math.round(r[1] / PdfPages.MM * 100) / 100f)
                    .as("line widths in mm").containsExactly(0.35f, 0.25f, 0.25f, 0.35f);
            assertThat(rules.get(3)[0]).as("last rule on the bottom edge of the text block")
                    .isCloseTo(PdfPages.BOTTOM, org.assertj.core.data.Offset.offset(0.1f));
            assertThat(rules.get(0)[0]).isGreaterThan(rules.get(1)[0]);
        }
    }

    @Test
    void theEditorsNoteFollowsTheTitleBlock() throws IOException {
        byte[] withNote = new PdfIssueRenderer(SampleIssue.defaultFonts(), new PdfFontFiles(), SampleIssue.OFFICE)
                .render(SampleIssue.issue("各地依托新时代文明实践阵地助力疫情防控，现将部分地区做法刊发如下。"));
        try (PDDocument document = Loader.loadPDF(withNote)) {
            assertThat(compact(text(document, 1, 1))).contains(
                    "2022年4月15日编者按：各地依托新时代文明实践阵地助力疫情防控，现将部分地区做法刊发如下。【工作交流】");
        }
    }

    private static float number(Object token) {
        return ((org.apache.pdfbox.cos.COSNumber) token).floatValue();
    }
}
