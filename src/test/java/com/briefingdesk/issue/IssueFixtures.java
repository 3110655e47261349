package com.briefingdesk.issue;

import com.briefingdesk.article.Article;
import com.briefingdesk.article.ArticleService;
import com.briefingdesk.article.ArticleTasks;
import com.briefingdesk.article.SampleArticles;
import com.briefingdesk.article.TriageDecision;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.UserDirectory;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** Builds the situations issue tests start from: accepted articles, series, issues at a given step. */
@Component
public class IssueFixtures {

    public static final List<String> UNITS = List.of("kunshan", "jurong", "binhai", "gulou");

    public final ArticleService articles;
    public final ArticleTasks articleTasks;
    public final IssueService issues;
    public final IssueTasks issueTasks;
    public final SeriesService series;
    public final TaskService taskService;
    public final UserDirectory directory;

    IssueFixtures(ArticleService articles, ArticleTasks articleTasks, IssueService issues, IssueTasks issueTasks,
                  SeriesService series, TaskService taskService, UserDirectory directory) {
        this.articles = articles;
        this.articleTasks = articleTasks;
        this.issues = issues;
        this.issueTasks = issueTasks;
        this.series = series;
        this.taskService = taskService;
        this.directory = directory;
    }

    public AppUser user(String username) {
        return directory.findByUsername(username).orElseThrow();
    }

    /** The sample's four articles, each submitted by its unit and accepted by an editor. */
    public List<Article> acceptedSampleArticles() {
        List<SampleArticles.Sample> samples = SampleArticles.all();
        return java.util.stream.IntStream.range(0, 4).mapToObj(i -> accepted(UNITS.get(i), samples.get(i))).toList();
    }

    /** The sample written and submitted by its unit, waiting for the editors' triage. */
    public Article submitted(String unit, SampleArticles.Sample sample) {
        Article draft = articles.createDraft(user(unit), SampleArticles.content(sample));
        return articles.submit(user(unit), draft.id());
    }

    public Article accepted(String unit, SampleArticles.Sample sample) {
        Article submitted = submitted(unit, sample);
        String triage = taskService.createTaskQuery().processInstanceId(submitted.processInstanceId())
                .singleResult().getId();
        articleTasks.triage(user("editor"), triage, TriageDecision.ACCEPT, null, null, submitted.version());
        return articles.find(user(unit), submitted.id());
    }

    /** A fresh series, so numbers start where the test expects. */
    public BriefingSeries freshSeries(int lastSerial) {
        SeriesSettings settings = new SeriesSettings();
        settings.setCode("s" + System.nanoTime());
        settings.setTitle("江苏精神文明建设简报");
        settings.setIssuingOffice("江苏省文明办");
        settings.setMarking("工作资料 注意保存");
        settings.setSerialPrefix("苏简字");
        settings.setColumnsText("工作交流\n经验做法");
        settings.setDefaultPrintCount(400);
        settings.setLastSerial(lastSerial);
        settings.setReportTo("中央文明办\n省文明委主任、副主任、委员");
        settings.setDistributeTo("各设区市、县（市、区）文明委、文明办\n省文明委成员单位");
        return series.create(user("admin"), settings);
    }

    public String openTask(Issue issue, String formKey) {
        return taskService.createTaskQuery().processInstanceId(issue.processInstanceId()).initializeFormKeys()
                .list().stream().filter(t -> formKey.equals(t.getFormKey())).findFirst().orElseThrow().getId();
    }

    public Composition composition(Issue issue) {
        return new Composition(issue.supplement(), "", "", issue.issueDate(), issue.printCount(), issue.recipients());
    }

    /** An issue of the series holding the articles under 工作交流, taken to the sign-off step. */
    public Issue awaitingSignOff(BriefingSeries s, List<Article> placed) {
        return awaitingSignOff(s, placed, false, null);
    }

    /** The same, as a supplement (增刊) or not, with a date set to print on it or none. */
    public Issue awaitingSignOff(BriefingSeries s, List<Article> placed, boolean supplement,
                                 java.time.LocalDate issueDate) {
        Issue issue = issues.start(user("editor"), s.id());
        String compose = openTask(issue, IssueTasks.COMPOSE_FORM);
        for (Article article : placed) {
            issue = issueTasks.include(user("editor"), compose, article.id(), "工作交流");
        }
        issueTasks.completeComposition(user("editor"), compose, new Composition(supplement, "", "", issueDate,
                issue.printCount(), issue.recipients()));
        issueTasks.proofread(user("editor2"), openTask(issue, IssueTasks.PROOFREAD_FORM), true, null);
        issueTasks.review(user("reviewer"), openTask(issue, IssueTasks.REVIEW_FORM), IssueOpinion.Decision.APPROVE,
                "同意");
        return issues.find(user("signer"), issue.id());
    }
}
