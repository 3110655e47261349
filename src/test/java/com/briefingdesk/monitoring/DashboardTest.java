package com.briefingdesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.Office;
import com.briefingdesk.article.Article;
import com.briefingdesk.article.ArticleLifecycle;
import com.briefingdesk.article.ArticleStatus;
import com.briefingdesk.article.TriageDecision;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.issue.BriefingSeries;
import com.briefingdesk.issue.Composition;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssueOpinion;
import com.briefingdesk.issue.IssueStatus;
import com.briefingdesk.issue.IssueTasks;
import com.briefingdesk.kernel.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every figure of the dashboard, from a known set of articles and issues in a unit and a series of the test's own. */
@BriefingDeskTest
class DashboardTest {

    @Autowired
    MonitoringFixtures fixtures;
    @Autowired
    Dashboard dashboard;
    @Autowired
    TaskWatch taskWatch;
    @Autowired
    ArticleLifecycle lifecycle;
    @Autowired
    IssueTasks issueTasks;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void countsTheArticlesOfAUnitInEachStatus() {
        Unit unit = fixtures.freshUnit();
        AppUser submitter = fixtures.submitter(unit);
        fixtures.submitted(submitter);
        fixtures.submitted(submitter);
        fixtures.triaged(submitter, TriageDecision.ACCEPT);
        fixtures.triaged(submitter, TriageDecision.RETURN);
        fixtures.triaged(submitter, TriageDecision.REJECT);
        Article adopted = fixtures.triaged(submitter, TriageDecision.ACCEPT);
        lifecycle.adopted(adopted.id());
        fixtures.articles.createDraft(submitter, com.briefingdesk.article.SampleArticles.content(
                com.briefingdesk.article.SampleArticles.jurong()));

        Map<ArticleStatus, Long> counts = dashboard.articlesByStatus(fixtures.admin(), unit.id());

        assertThat(counts).doesNotContainKey(ArticleStatus.DRAFT);
        assertThat(counts).containsEntry(ArticleStatus.SUBMITTED, 2L).containsEntry(ArticleStatus.ACCEPTED, 1L)
                .containsEntry(ArticleStatus.RETURNED, 1L).containsEntry(ArticleStatus.REJECTED, 1L)
                .containsEntry(ArticleStatus.ADOPTED, 1L).containsEntry(ArticleStatus.WITHDRAWN, 0L)
                .containsEntry(ArticleStatus.SCHEDULED, 0L);
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(6);
        long everywhere = dashboard.articlesByStatus(fixtures.admin(), null).get(ArticleStatus.SUBMITTED);
        assertThat(everywhere).isGreaterThanOrEqualTo(2);
    }

    @Test
    void countsTheIssuesOfASeriesInEachStatusAndHowLongSignOffTook() {
        BriefingSeries series = fixtures.freshSeries();
        fixtures.startedIssue(series);
        Issue signed = signedOff(series, fixtures.triaged(fixtures.submitter(fixtures.freshUnit()),
                TriageDecision.ACCEPT));
        // Started two days before sign-off, as if composing had taken that long.
        jdbc.sql("update issue set created_at = signed_off_at - interval '2 days' where id = :id")
                .param("id", signed.id()).update();

        Map<IssueStatus, Long> counts = dashboard.issuesByStatus(fixtures.admin(), series.id());

        assertThat(counts).containsEntry(IssueStatus.COMPOSING, 1L).containsEntry(IssueStatus.SIGNED_OFF, 1L)
                .containsEntry(IssueStatus.PROOFREADING, 0L).containsEntry(IssueStatus.IN_REVIEW, 0L)
                .containsEntry(IssueStatus.AWAITING_SIGN_OFF, 0L);
        Dashboard.Month thisMonth = last(dashboard.trend(fixtures.admin(), fixtures.freshUnit().id(), series.id(), 12));
        assertThat(thisMonth.daysToSignOff()).isEqualTo(2.0);
    }

    @Test
    void trendsCountSubmissionsAcceptancesAdoptionsAndDaysToAcceptancePerMonth() {
        Unit unit = fixtures.freshUnit();
        AppUser submitter = fixtures.submitter(unit);
        fixtures.submitted(submitter);
        fixtures.triaged(submitter, TriageDecision.REJECT);
        Article threeDays = fixtures.triaged(submitter, TriageDecision.ACCEPT);
        Article fiveDays = fixtures.triaged(submitter, TriageDecision.ACCEPT);
        lifecycle.adopted(fiveDays.id());
        // Both accepted in the middle of last month, three and five days after their submission.
        ZoneId zone = Office.ZONE;
        Instant acceptedLastMonth = LocalDate.now(zone).withDayOfMonth(1).minusMonths(1).plusDays(14).atTime(12, 0)
                .atZone(zone).toInstant();
        for (var entry : Map.of(threeDays.id(), 3, fiveDays.id(), 5).entrySet()) {
            jdbc.sql("""
                            update article set accepted_at = :accepted,
                                   submitted_at = cast(:accepted as timestamptz) - make_interval(days => :days)
                            where id = :id""")
                    .param("accepted", java.sql.Timestamp.from(acceptedLastMonth)).param("days", entry.getValue())
                    .param("id", entry.getKey()).update();
        }
        // An article submitted long before the chart's first month counts nowhere in it.
        Article old = fixtures.submitted(submitter);
        jdbc.sql("update article set submitted_at = now() - interval '3 years' where id = :id")
                .param("id", old.id()).update();

        List<Dashboard.Month> months = dashboard.trend(fixtures.admin(), unit.id(), fixtures.freshSeries().id(), 12);

        assertThat(months).hasSize(12);
        assertThat(months.get(0).month()).isEqualTo(LocalDate.now(zone).withDayOfMonth(1).minusMonths(11));
        Dashboard.Month lastMonth = months.get(10);
        assertThat(lastMonth.submitted()).isEqualTo(2);
        assertThat(lastMonth.accepted()).isEqualTo(2);
        assertThat(lastMonth.adopted()).isZero();
        assertThat(lastMonth.daysToAcceptance()).isEqualTo(4.0);
        Dashboard.Month thisMonth = last(months);
        assertThat(thisMonth.submitted()).isEqualTo(2);
        assertThat(thisMonth.accepted()).isZero();
        assertThat(thisMonth.adopted()).isEqualTo(1);
        assertThat(thisMonth.daysToAcceptance()).isNull();
        assertThat(thisMonth.daysToSignOff()).isNull();
        assertThat(months.subList(0, 10)).allSatisfy(m -> {
            assertThat(m.submitted() + m.accepted() + m.adopted()).isZero();
            assertThat(m.daysToAcceptance()).isNull();
        });
        String chart = TrendCharts.volumes(months, "t", "submitted", "accepted", "adopted");
        assertThat(chart).contains("\"name\":\"submitted\",\"type\":\"bar\",\"data\":[0,0,0,0,0,0,0,0,0,0,2,2]")
                .contains("\"name\":\"adopted\",\"type\":\"bar\",\"data\":[0,0,0,0,0,0,0,0,0,0,0,1]");
        assertThat(TrendCharts.cycleTimes(months, "t", "acceptance", "signOff")).contains("null,4.0,null]");
    }

    @Test
    void listsOverdueAndOldTasksWithWhoHoldsThem() {
        Unit unit = fixtures.freshUnit();
        AppUser submitter = fixtures.submitter(unit);
        AppUser holder = fixtures.officeEditor();
        Article overdue = fixtures.submitted(submitter);
        Article waiting = fixtures.submitted(submitter);
        Article fresh = fixtures.submitted(submitter);
        String overdueTask = fixtures.openTask(overdue.processInstanceId()).getId();
        taskService.setAssignee(overdueTask, holder.username());
        setDue(overdueTask, Instant.now().minus(Duration.ofHours(1)));
        setDue(fixtures.openTask(fresh.processInstanceId()).getId(), Instant.now().plus(Duration.ofDays(30)));
        List<String> ours = List.of(overdue.processInstanceId(), waiting.processInstanceId(),
                fresh.processInstanceId());

        List<WatchedTask> now = taskWatch.needingAttention(fixtures.admin(), Instant.now()).stream()
                .filter(t -> ours.contains(t.processInstanceId())).toList();
        assertThat(now).singleElement().satisfies(t -> {
            assertThat(t.processInstanceId()).isEqualTo(overdue.processInstanceId());
            assertThat(t.overdue()).isTrue();
            assertThat(t.holder()).isEqualTo(holder.displayName());
            assertThat(t.subjectTitle()).isEqualTo(overdue.title());
            assertThat(t.subjectUnit()).isEqualTo(unit.name());
        });

        // Four days on, all three have waited longer than the configured three days; the overdue one stays first.
        List<WatchedTask> later = taskWatch.needingAttention(fixtures.admin(), Instant.now().plus(Duration.ofDays(4)))
                .stream().filter(t -> ours.contains(t.processInstanceId())).toList();
        assertThat(later).extracting(WatchedTask::processInstanceId).containsExactly(overdue.processInstanceId(),
                waiting.processInstanceId(), fresh.processInstanceId());
        assertThat(later).extracting(WatchedTask::overdue).containsExactly(true, false, false);
        assertThat(later.get(1).holder()).isEqualTo("editors");
        assertThat(TaskWatch.byHolder(later, WatchedTask::holder)).containsExactly(Map.entry("editors", 2L),
                Map.entry(holder.displayName(), 1L));
    }

    @Test
    void nobodyButAnAdministratorGetsAFigure() {
        for (String username : List.of("editor", "kunshan", "signer")) {
            AppUser user = fixtures.user(username);
            assertThatThrownBy(() -> dashboard.articlesByStatus(user, null)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> dashboard.trend(user, null, null, 12)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> taskWatch.needingAttention(user, Instant.now()))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    private void setDue(String taskId, Instant due) {
        var task = taskService.createTaskQuery().taskId(taskId).singleResult();
        task.setDueDate(Date.from(due));
        taskService.saveTask(task);
    }

    private Issue signedOff(BriefingSeries series, Article article) {
        AppUser editor = fixtures.user("editor");
        Issue issue = fixtures.startedIssue(series);
        String compose = fixtures.openTask(issue.processInstanceId()).getId();
        issue = issueTasks.include(editor, compose, article.id(), "工作交流");
        issueTasks.completeComposition(editor, compose, new Composition("", "", 100, issue.recipients()));
        issueTasks.proofread(fixtures.user("editor2"), fixtures.openTask(issue.processInstanceId()).getId(), true,
                null);
        issueTasks.review(fixtures.user("reviewer"), fixtures.openTask(issue.processInstanceId()).getId(),
                IssueOpinion.Decision.APPROVE, "同意");
        issueTasks.signOff(fixtures.user("signer"), fixtures.openTask(issue.processInstanceId()).getId(),
                IssueOpinion.Decision.APPROVE, "同意印发");
        return fixtures.issues.find(fixtures.admin(), issue.id());
    }

    private static Dashboard.Month last(List<Dashboard.Month> months) {
        return months.get(months.size() - 1);
    }
}
