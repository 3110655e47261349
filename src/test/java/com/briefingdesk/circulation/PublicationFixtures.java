package com.briefingdesk.circulation;

import com.briefingdesk.article.Article;
import com.briefingdesk.issue.BriefingSeries;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssueFixtures;
import com.briefingdesk.issue.IssueOpinion;
import com.briefingdesk.issue.IssueTasks;
import com.briefingdesk.issue.SeriesSettings;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Issues on their way out: signed off and waiting for their documents, published and circulating. The series
 * circulates to 昆山市 and 句容市 (发) and 滨海县 (送); 徐州市鼓楼区 is on the 报 line, which does not circulate.
 */
@Component
public class PublicationFixtures {

    public static final List<String> RECEIVING_UNITS = List.of("kunshan", "jurong", "binhai");

    public final IssueFixtures issues;
    private final ManagementService managementService;

    PublicationFixtures(IssueFixtures issues, ManagementService managementService) {
        this.issues = issues;
        this.managementService = managementService;
    }

    public BriefingSeries circulatingSeries() {
        SeriesSettings settings = new SeriesSettings();
        settings.setCode("c" + System.nanoTime());
        settings.setTitle("江苏精神文明建设简报");
        settings.setIssuingOffice("江苏省文明办");
        settings.setMarking("工作资料 注意保存");
        settings.setSerialPrefix("苏简字");
        settings.setColumnsText("工作交流");
        settings.setDefaultPrintCount(400);
        settings.setLastSerial(1003);
        settings.setReportTo("中央文明办\n徐州市鼓楼区");
        settings.setSendTo("滨海县");
        settings.setDistributeTo("各设区市、县（市、区）文明委、文明办\n昆山市\n句容市");
        return issues.series.create(issues.user("admin"), settings);
    }

    /** Signed off: numbered, its render job waiting (the job executor is off in tests). */
    public Issue signedOff(BriefingSeries series, List<Article> articles) {
        Issue issue = issues.awaitingSignOff(series, articles);
        issues.issueTasks.signOff(issues.user("signer"), issues.openTask(issue, IssueTasks.SIGN_OFF_FORM),
                IssueOpinion.Decision.APPROVE, "同意印发");
        return issues.issues.load(issue.id());
    }

    public Job renderJob(Issue issue) {
        return managementService.createJobQuery().processInstanceId(issue.processInstanceId())
                .activityId("Task_RenderDocuments").singleResult();
    }

    /** Signed off, rendered, published, circulating to its units. */
    public Issue circulating(List<Article> articles) {
        Issue issue = signedOff(circulatingSeries(), articles);
        managementService.executeJob(renderJob(issue).getId());
        return issues.issues.load(issue.id());
    }

    public Issue circulatingWithOneArticle(String unit, int sample) {
        return circulating(List.of(issues.accepted(unit,
                com.briefingdesk.article.SampleArticles.all().get(sample))));
    }
}
