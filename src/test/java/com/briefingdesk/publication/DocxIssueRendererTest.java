package com.briefingdesk.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.briefingdesk.article.ArticleBody;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssueArticle;
import com.briefingdesk.kernel.OfficeClock;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

/** The sample issue as .docx, read back with POI: all its text in order, the lead phrases bold and nothing else. */
class DocxIssueRendererTest {

    @Test
    void theDocxHoldsTheWholeIssueWithItsLeadPhrasesBold() throws IOException {
        Issue issue = SampleIssue.issue("本期编者按。");
        DocxIssueRenderer renderer = new DocxIssueRenderer(SampleIssue.OFFICE);
        long cold = System.nanoTime();
        renderer.render(issue); // the first render also loads POI's classes
        long started = System.nanoTime();
        byte[] docx = renderer.render(issue);
        System.out.printf("Rendering the sample issue to .docx took %d ms (first render: %d ms); %d bytes%n",
                (System.nanoTime() - started) / 1_000_000, (started - cold) / 1_000_000, docx.length);
        Files.createDirectories(Path.of("target", "rendered"));
        Files.write(Path.of("target", "rendered", "sample-issue.docx"), docx);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            String all = String.join("\n", paragraphs);
            assertThat(paragraphs).contains("工作资料 注意保存", "江苏精神文明建设简报", "第 13 期", "【工作交流】",
                    "编者按：本期编者按。", "报：中央文明办，省文明委主任、副主任、委员",
                    "发：各设区市、县（市、区）文明委、文明办，省文明委成员单位", "（苏简字 1004 号 共印 400 份）");
            assertThat(all).contains("江苏省文明办\t2022 年 4 月 15 日");
            int at = all.indexOf("【工作交流】");
            for (IssueArticle article : issue.articles()) {
                at = all.indexOf(article.title(), at + 1);
                assertThat(at).as("contents entry %s", article.title()).isPositive();
            }
            for (IssueArticle article : issue.articles()) {
                at = all.indexOf(article.title(), at + 1);
                assertThat(at).as("title %s", article.title()).isPositive();
                for (ArticleBody.Paragraph paragraph : article.body().paragraphs()) {
                    assertThat(paragraphs).contains(paragraph.plainText());
                    at = all.indexOf(paragraph.plainText(), at);
                    assertThat(at).isPositive();
                }
            }

            List<XWPFRun> runs = document.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).toList();
            List<ArticleBody.Run> sourceRuns = issue.articles().stream()
                    .flatMap(a -> a.body().paragraphs().stream()).flatMap(p -> p.runs().stream()).toList();
            assertThat(sourceRuns.stream().filter(ArticleBody.Run::bold)).hasSizeGreaterThan(5);
            for (ArticleBody.Run source : sourceRuns) {
                XWPFRun run = runs.stream().filter(r -> source.text().equals(r.text())).findFirst().orElseThrow();
                assertThat(run.isBold()).as("bold of %s", source.text()).isEqualTo(source.bold());
            }
        }
    }

    @Test
    void theMastheadDateIsTheSignOffsDayWhereTheOfficeIs() throws IOException {
        // signed off at 10:00 on 15 April in Nanjing, which was 22:00 on 14 April in New York
        Issue issue = SampleIssue.issue();
        OfficeClock newYork = new OfficeClock(Clock.system(ZoneId.of("America/New_York")));
        try (XWPFDocument nanjing = new XWPFDocument(new ByteArrayInputStream(
                     new DocxIssueRenderer(SampleIssue.OFFICE).render(issue)));
             XWPFDocument elsewhere = new XWPFDocument(new ByteArrayInputStream(
                     new DocxIssueRenderer(newYork).render(issue)))) {
            assertThat(nanjing.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("江苏省文明办\t2022 年 4 月 15 日");
            assertThat(elsewhere.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("江苏省文明办\t2022 年 4 月 14 日");
        }
    }

    @Test
    void headingsOfTheFirstLevelAreSetInHeitiAndOfTheSecondInKaiti() throws IOException {
        byte[] docx = new DocxIssueRenderer(SampleIssue.OFFICE).render(
                SampleIssue.withFirstArticleBody("一、主要做法\n（一）强化宣传引导。各地开展宣传活动。"));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            Map<String, String> fontOf = document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> r.text() != null && r.getFontFamily(XWPFRun.FontCharRange.eastAsia) != null)
                    .collect(Collectors.toMap(XWPFRun::text, r -> r.getFontFamily(XWPFRun.FontCharRange.eastAsia),
                            (a, b) -> a));
            assertThat(fontOf).containsEntry("一、主要做法", "黑体").containsEntry("（一）强化宣传引导。", "楷体_GB2312")
                    .containsEntry("各地开展宣传活动。", "仿宋_GB2312");
        }
    }

    @Test
    void oneOffAdditionsAreTheColophonsLastLineHangingUnderTheirFirstName() throws IOException {
        byte[] docx = new DocxIssueRenderer(SampleIssue.OFFICE)
                .render(SampleIssue.issue(null, SampleIssue.recipientsWithAdditions()));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            List<String> texts = paragraphs.stream().map(XWPFParagraph::getText).toList();
            int additions = texts.indexOf("本期增发：" + String.join("，", SampleIssue.ADDITIONS));
            assertThat(additions).isGreaterThan(texts.indexOf("发：各设区市、县（市、区）文明委、文明办，省文明委成员单位"));
            assertThat(texts.get(additions + 1)).isEqualTo("（苏简字 1004 号 共印 400 份）");
            // 14 pt is 280 twips: the hang is 本期增发：, five characters; 报： hangs two
            assertThat(paragraphs.get(additions).getIndentationHanging()).isEqualTo(5 * 280);
            assertThat(paragraphs.get(texts.indexOf("报：中央文明办，省文明委主任、副主任、委员")).getIndentationHanging())
                    .isEqualTo(2 * 280);
        }
    }
}
