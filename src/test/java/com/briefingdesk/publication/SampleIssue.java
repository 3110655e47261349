package com.briefingdesk.publication;

import com.briefingdesk.Office;
import com.briefingdesk.article.ArticleBody;
import com.briefingdesk.article.ArticleStatus;
import com.briefingdesk.article.SampleArticles;
import com.briefingdesk.issue.BriefingSeries;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssueArticle;
import com.briefingdesk.issue.IssueStatus;
import com.briefingdesk.issue.Recipient;
import com.briefingdesk.issue.RecipientLine;
import com.briefingdesk.kernel.OfficeClock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;

/** 江苏精神文明建设简报 2022 年第 13 期 as published: its four articles, 版记 and numbers, held in memory. */
final class SampleIssue {

    /** The office the sample was issued by: its days are reckoned in Nanjing, whatever the test machine's zone. */
    static final OfficeClock OFFICE = new OfficeClock(Office.ZONE);

    static final List<String> UNITS = List.of("昆山市", "句容市", "滨海县", "徐州市鼓楼区");

    private SampleIssue() {
    }

    static BriefingSeries series() {
        return new BriefingSeries(1, "jswm", "江苏精神文明建设简报", "江苏省文明办", "工作资料 注意保存", "苏简字",
                List.of("工作交流"), 400, 1004, true, recipients());
    }

    /** One-off additions long enough to take two lines of the 版记. */
    static final List<String> ADDITIONS = List.of("省委宣传部办公室", "省委政策研究室", "省政府研究室", "省社会科学院",
            "新华日报社", "江苏广电总台");

    static List<Recipient> recipients() {
        return List.of(new Recipient(RecipientLine.REPORT, "中央文明办", null),
                new Recipient(RecipientLine.REPORT, "省文明委主任、副主任、委员", null),
                new Recipient(RecipientLine.DISTRIBUTE, "各设区市、县（市、区）文明委、文明办", null),
                new Recipient(RecipientLine.DISTRIBUTE, "省文明委成员单位", null));
    }

    static List<Recipient> recipientsWithAdditions() {
        List<Recipient> recipients = new ArrayList<>(recipients());
        ADDITIONS.forEach(name -> recipients.add(new Recipient(RecipientLine.ADDITIONAL, name, null)));
        return recipients;
    }

    static Issue issue() {
        return issue(null);
    }

    static Issue issue(String editorNote) {
        return issue(editorNote, recipients());
    }

    /** The sample with a 版记 of its own, such as one with 本期增发. */
    static Issue issue(String editorNote, List<Recipient> recipients) {
        List<IssueArticle> articles = new ArrayList<>();
        List<SampleArticles.Sample> samples = SampleArticles.all();
        for (int i = 0; i < samples.size(); i++) {
            SampleArticles.Sample sample = samples.get(i);
            articles.add(new IssueArticle(100 + i, i, "工作交流", sample.title(), UNITS.get(i),
                    ArticleBody.parse(sample.body()), ArticleStatus.SCHEDULED, 3));
        }
        return new Issue(13, series(), IssueStatus.SIGNED_OFF, false, null, editorNote, null, 400, 2022, 13, 1004,
                LocalDate.of(2022, 4, 15).atTime(LocalTime.of(10, 0)).atZone(Office.ZONE)
                        .toInstant(), "张伟（签发）", null, null, LocalDate.of(2022, 4, 11).atStartOfDay()
                        .atZone(Office.ZONE).toInstant(), 5, articles, recipients);
    }

    /** The sample as the first supplement (增刊) of its year: numbered apart, the same serial counter. */
    static Issue supplement() {
        Issue issue = issue();
        return new Issue(issue.id(), issue.series(), issue.status(), true, issue.marking(), issue.editorNote(),
                issue.issueDate(), issue.printCount(), issue.year(), 1, issue.serialNumber(), issue.signedOffAt(),
                issue.signedOffByName(), issue.publishedAt(), issue.processInstanceId(), issue.createdAt(),
                issue.version(), issue.articles(), issue.recipients());
    }

    /** The sample with its first article's text replaced by the one typed. */
    static Issue withFirstArticleBody(String typed) {
        Issue issue = issue();
        List<IssueArticle> articles = new ArrayList<>(issue.articles());
        IssueArticle first = articles.get(0);
        articles.set(0, new IssueArticle(first.articleId(), first.position(), first.columnName(), first.title(),
                first.unitName(), ArticleBody.parse(typed), first.status(), first.articleVersion()));
        return new Issue(issue.id(), issue.series(), issue.status(), issue.supplement(), issue.marking(),
                issue.editorNote(), issue.issueDate(), issue.printCount(), issue.year(), issue.numberInYear(),
                issue.serialNumber(), issue.signedOffAt(), issue.signedOffByName(), issue.publishedAt(),
                issue.processInstanceId(), issue.createdAt(), issue.version(), articles, issue.recipients());
    }

    /** The font settings of application.yml's defaults, as Spring binds them. */
    static PdfFontSettings defaultFonts() {
        return Binder.get(new StandardEnvironment()).bindOrCreate("briefing.pdf.fonts", PdfFontSettings.class);
    }
}
