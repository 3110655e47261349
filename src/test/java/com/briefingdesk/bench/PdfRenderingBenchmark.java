package com.briefingdesk.bench;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.article.ArticleBody;
import com.briefingdesk.article.ArticleStatus;
import com.briefingdesk.article.SampleArticles;
import com.briefingdesk.issue.BriefingSeries;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssueArticle;
import com.briefingdesk.issue.IssueStatus;
import com.briefingdesk.issue.Recipient;
import com.briefingdesk.issue.RecipientLine;
import com.briefingdesk.publication.PdfIssueRenderer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Renders a 30-article issue (the sample issue's four articles, repeated) with the application's PDF renderer and
 * fonts: two warm-up renders, then the median of ten. Prints, never asserts.
 */
@Tag("bench")
@BriefingDeskTest
class PdfRenderingBenchmark {

    static final int ARTICLES = 30;
    static final int WARM_UP = 2;
    static final int ROUNDS = 10;
    static final double LIMIT_MS = 2000;

    @Autowired
    PdfIssueRenderer renderer;

    @Test
    void printsTheRenderingTimeOfAThirtyArticleIssue() {
        Issue issue = thirtyArticleIssue();
        long cold = System.nanoTime();
        byte[] pdf = renderer.render(issue);
        double firstMillis = (System.nanoTime() - cold) / 1e6;
        for (int i = 1; i < WARM_UP; i++) {
            renderer.render(issue);
        }
        double[] millis = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long t0 = System.nanoTime();
            pdf = renderer.render(issue);
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(millis);
        double median = millis[ROUNDS / 2];
        BenchFigures.record("4-pdf", List.of(new BenchFigures.Figure(
                String.format("4. PDF of a %d-article issue (%,d bytes; first render with font parsing %.0f ms)",
                        ARTICLES, pdf.length, firstMillis),
                String.format("median %.0f ms (best %.0f, worst %.0f of %d)", median, millis[0],
                        millis[ROUNDS - 1], ROUNDS),
                "< " + (int) LIMIT_MS + " ms", BenchFigures.atMost(median, LIMIT_MS))));
    }

    static Issue thirtyArticleIssue() {
        List<SampleArticles.Sample> samples = SampleArticles.all();
        List<String> units = List.of("昆山市", "句容市", "滨海县", "徐州市鼓楼区");
        List<IssueArticle> articles = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            SampleArticles.Sample sample = samples.get(i % samples.size());
            articles.add(new IssueArticle(1000 + i, i, i < ARTICLES / 2 ? "工作交流" : "经验做法", sample.title(),
                    units.get(i % units.size()), ArticleBody.parse(sample.body()), ArticleStatus.SCHEDULED, 1));
        }
        List<Recipient> recipients = List.of(new Recipient(RecipientLine.REPORT, "中央文明办", null),
                new Recipient(RecipientLine.DISTRIBUTE, "各设区市、县（市、区）文明委、文明办", null));
        BriefingSeries series = new BriefingSeries(1, "bench", "江苏精神文明建设简报", "江苏省文明办", "工作资料 注意保存",
                "苏简字", List.of("工作交流", "经验做法"), 400, 1004, true, recipients);
        return new Issue(1, series, IssueStatus.SIGNED_OFF, false, null, null, null, 400, 2022, 13, 1004, Instant.now(),
                "张伟（签发）", null, null, Instant.now(), 1, articles, recipients);
    }
}
