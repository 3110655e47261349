package com.briefingdesk.faults;

import com.briefingdesk.article.Article;
import com.briefingdesk.article.ArticleService;
import com.briefingdesk.article.SampleArticles;
import com.briefingdesk.article.TriageDecision;
import com.briefingdesk.circulation.PublicationFixtures;
import com.briefingdesk.circulation.Receipts;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssueOpinion;
import com.briefingdesk.issue.IssueTasks;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What people do in the application that a fault test runs in a JVM of its own, one step per start
 * ({@code briefing.drill.step}); it reports on lines starting with "DRILL" that the test reads from the log.
 * Absent that property (in the shared test context) there is no drill.
 */
@Component
@ConditionalOnProperty("briefing.drill.step")
class Drill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Drill.class);

    private final PublicationFixtures fixtures;
    private final Receipts receipts;
    private final ManagementService managementService;
    private final JdbcTemplate jdbc;
    private final String step;
    private final String ids;

    Drill(PublicationFixtures fixtures, Receipts receipts, ManagementService managementService, JdbcTemplate jdbc,
          @Value("${briefing.drill.step}") String step, @Value("${briefing.drill.ids:}") String ids) {
        this.fixtures = fixtures;
        this.receipts = receipts;
        this.managementService = managementService;
        this.jdbc = jdbc;
        this.step = step;
        this.ids = ids;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            switch (step) {
                case "sign-off" -> signOff();
                case "running-processes" -> runningProcesses();
                case "continue" -> continueToTheEnd();
                default -> throw new IllegalArgumentException(step);
            }
        } catch (RuntimeException e) {
            log.error("DRILL FAILED in step {}", step, e);
        }
    }

    /** An issue of a circulating series signed off: numbered, its render-publish-circulate job pending. */
    private void signOff() {
        giveRecipientsAddresses();
        Article article = fixtures.issues.accepted("gulou", SampleArticles.all().get(3));
        Issue issue = fixtures.signedOff(fixtures.circulatingSeries(), List.of(article));
        log.info("DRILL signed-off issue={} serial={}", issue.id(), issue.serialNumber());
    }

    /** An article in triage, one returned (its reminder and deadline timers pending), an issue awaiting sign-off. */
    private void runningProcesses() {
        Article inTriage = submitted("kunshan", 0);
        Article returned = submitted("jurong", 1);
        fixtures.issues.articleTasks.triage(fixtures.issues.user("editor"), task(returned.processInstanceId()),
                TriageDecision.RETURN, "请补充具体数据", null, returned.version());
        Article accepted = fixtures.issues.accepted("binhai", SampleArticles.all().get(2));
        Issue issue = fixtures.issues.awaitingSignOff(fixtures.circulatingSeries(), List.of(accepted));
        log.info("DRILL running ids={},{},{},{}", inTriage.id(), returned.id(), accepted.id(), issue.id());
    }

    /** On the restored database: every one of those processes taken to its end. */
    private void continueToTheEnd() {
        String[] id = ids.split(",");
        ArticleService articles = fixtures.issues.articles;
        Article inTriage = articles.find(fixtures.issues.user("editor"), Long.parseLong(id[0]));
        fixtures.issues.articleTasks.triage(fixtures.issues.user("editor"), task(inTriage.processInstanceId()),
                TriageDecision.REJECT, "不符合本期主题", null, inTriage.version());
        Article returned = articles.find(fixtures.issues.user("editor"), Long.parseLong(id[1]));
        // the timers that were pending when the backup was taken: the reminder, then the deadline
        fire(returned.processInstanceId(), "BoundaryEvent_RevisionReminder");
        fire(returned.processInstanceId(), "BoundaryEvent_RevisionDeadline");
        Issue issue = fixtures.issues.issues.load(Long.parseLong(id[3]));
        fixtures.issues.issueTasks.signOff(fixtures.issues.user("signer"),
                fixtures.issues.openTask(issue, IssueTasks.SIGN_OFF_FORM), IssueOpinion.Decision.APPROVE, "同意印发");
        managementService.executeJob(fixtures.renderJob(issue).getId());
        for (String unit : PublicationFixtures.RECEIVING_UNITS) {
            receipts.acknowledge(fixtures.issues.user(unit + "-recv"), issue.id());
        }
        log.info("DRILL continued ids={}", ids);
    }

    private Article submitted(String unit, int sample) {
        Article draft = fixtures.issues.articles.createDraft(fixtures.issues.user(unit),
                SampleArticles.content(SampleArticles.all().get(sample)));
        return fixtures.issues.articles.submit(fixtures.issues.user(unit), draft.id());
    }

    private String task(String processInstanceId) {
        return fixtures.issues.taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult()
                .getId();
    }

    private void fire(String processInstanceId, String timer) {
        Job job = managementService.createJobQuery().processInstanceId(processInstanceId).activityId(timer)
                .singleResult();
        managementService.executeJob(job.getId());
    }

    private void giveRecipientsAddresses() {
        for (String unit : PublicationFixtures.RECEIVING_UNITS) {
            jdbc.update("update app_user set email = ? where username = ?", unit + "@recv.test", unit + "-recv");
        }
    }
}
