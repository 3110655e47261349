package com.briefingdesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.article.Article;
import com.briefingdesk.article.TriageDecision;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.kernel.BundleI18NProvider;
import com.briefingdesk.kernel.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The detail of an article's or an issue's process: model, steps taken, where it stands, and its timeline. */
@BriefingDeskTest
class ProcessInsightTest {

    @Autowired
    MonitoringFixtures fixtures;
    @Autowired
    ProcessInsight insight;

    @Test
    void aReturnedArticleStandsAtRevisionAfterTriageWithEveryStepInItsTimeline() {
        Article article = fixtures.triaged(fixtures.submitter(fixtures.freshUnit()), TriageDecision.RETURN);

        ProcessInsight.Detail detail = insight.detail(fixtures.admin(), "article", article.id(),
                BundleI18NProvider.CHINESE);

        assertThat(detail.subject().title()).isEqualTo(article.title());
        assertThat(detail.subject().statusKey()).isEqualTo("article.status.RETURNED");
        assertThat(detail.bpmnXml()).contains("<bpmn:process id=\"article\"", "name=\"Triage article\"");
        assertThat(detail.diagramXml()).contains("id=\"article\"", "bpmndi:BPMNDiagram")
                .as("the diagram's labels").contains("name=\"稿件初审\"", "name=\"退回修改\"")
                .doesNotContain("name=\"Triage article\"", "name=\"Return\"");
        assertThat(detail.activeSteps()).containsExactly("Task_Revise");
        assertThat(detail.stepsTaken()).contains("StartEvent_ArticleSubmitted", "Task_Triage", "Task_MarkReturned")
                .doesNotContain("Task_Revise", "Task_PutInPool");
        assertThat(detail.timeline()).extracting(TimelineEntry::what)
                .contains("article.event.CREATED", "article.event.SUBMITTED", "article.event.RETURNED",
                        "稿件初审", "修改退回稿件")
                .doesNotContain("Triage article", "Revise article");
        assertThat(detail.timeline()).filteredOn(e -> e.what().equals("article.event.RETURNED")).singleElement()
                .satisfies(e -> assertThat(e.opinion()).isEqualTo("请补充数据"));
        assertThat(detail.timeline()).filteredOn(e -> e.what().equals("修改退回稿件")).singleElement()
                .satisfies(e -> assertThat(e.decision()).isEqualTo("monitoring.step.active"));
        assertThat(detail.timeline()).isSortedAccordingTo(java.util.Comparator.comparing(TimelineEntry::at));
        assertThat(detail.process().extraSection(fixtures.admin(), article.id())).isPresent();
        ProcessInsight.Detail english = insight.detail(fixtures.admin(), "article", article.id(),
                BundleI18NProvider.ENGLISH);
        assertThat(english.timeline()).extracting(TimelineEntry::what)
                .contains("Triage article", "Revise returned article");
        assertThat(english.diagramXml()).contains("name=\"Triage article\"").doesNotContain("name=\"稿件初审\"");
    }

    @Test
    void anIssueShowsItsComposeStepAsActive() {
        Issue issue = fixtures.startedIssue(fixtures.freshSeries());

        ProcessInsight.Detail detail = insight.detail(fixtures.admin(), "issue", issue.id(),
                BundleI18NProvider.CHINESE);

        assertThat(detail.bpmnXml()).contains("id=\"issue\"");
        assertThat(detail.activeSteps()).containsExactly("Task_Compose");
        assertThat(detail.timeline()).filteredOn(e -> e.source() == TimelineEntry.Source.STEP)
                .extracting(TimelineEntry::what).contains("新建一期", "组稿").doesNotContain("Compose issue");
        assertThat(detail.subject().statusKey()).isEqualTo("issue.status.COMPOSING");
    }

    @Test
    void unknownProcessesAndIdsAndNonAdministratorsGetNotFound() {
        Article article = fixtures.submitted(fixtures.submitter(fixtures.freshUnit()));
        assertThatThrownBy(() -> insight.detail(fixtures.admin(), "payroll", article.id(), null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> insight.detail(fixtures.admin(), "article", Long.MAX_VALUE, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> insight.detail(fixtures.user("editor"), "article", article.id(), null))
                .isInstanceOf(NotFoundException.class);
    }
}
