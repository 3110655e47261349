package com.briefingdesk.circulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.article.SampleArticles;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.task.TaskNotAvailableException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Nobody reads, acknowledges or follows more than their role and unit allow, whatever id they try: every refusal
 * is "not found", exactly as for an id that does not exist.
 */
@BriefingDeskTest
class CirculationAccessTest {

    @Autowired
    PublicationFixtures fixtures;
    @Autowired
    Receipts receipts;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    AppUser user(String name) {
        return fixtures.issues.user(name);
    }

    @Test
    void aRecipientReadsOnlyPublishedIssuesCirculatedToItsUnitWhateverIdItTries() {
        Issue circulating = fixtures.circulatingWithOneArticle("kunshan", 0);
        Issue signedOff = fixtures.signedOff(fixtures.circulatingSeries(),
                List.of(fixtures.issues.accepted("jurong", SampleArticles.all().get(1))));
        long highest = jdbc.queryForObject("select max(id) from issue", Long.class);

        List<Long> readableByGulou = new ArrayList<>();
        List<Long> readableByKunshan = new ArrayList<>();
        for (long id = 0; id <= highest + 3; id++) {
            readIfAllowed(user("gulou-recv"), id, readableByGulou);
            readIfAllowed(user("kunshan-recv"), id, readableByKunshan);
        }
        assertThat(readableByKunshan).contains(circulating.id()).doesNotContain(signedOff.id());
        // 徐州市鼓楼区 is on the 报 line of these series: it receives none of them
        assertThat(readableByGulou).doesNotContain(circulating.id(), signedOff.id());
        for (long id : readableByKunshan) {
            Issue issue = fixtures.issues.issues.load(id);
            assertThat(issue.status().published()).isTrue();
            assertThat(issue.circulationUnitIds()).contains(user("kunshan-recv").unitId());
        }
        // the office reads the published one, and nobody reads the one still waiting for its documents
        assertThat(receipts.read(user("reviewer"), circulating.id()).id()).isEqualTo(circulating.id());
        for (String anyone : List.of("editor", "admin", "kunshan-recv", "jurong-recv", "jurong")) {
            assertThatThrownBy(() -> receipts.read(user(anyone), signedOff.id()))
                    .isInstanceOf(NotFoundException.class);
        }
        // the submitter whose article it carries reads it; another unit's submitter does not
        assertThat(receipts.read(user("kunshan"), circulating.id()).id()).isEqualTo(circulating.id());
        assertThatThrownBy(() -> receipts.read(user("binhai"), circulating.id()))
                .isInstanceOf(NotFoundException.class);
    }

    private void readIfAllowed(AppUser user, long id, List<Long> readable) {
        try {
            receipts.read(user, id);
            readable.add(id);
        } catch (NotFoundException expected) {
            // refused or no such issue: the same answer
        }
    }

    @Test
    void aRecipientCannotAcknowledgeForAnotherUnit() {
        Issue issue = fixtures.circulatingWithOneArticle("jurong", 1);
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey("Task_AcknowledgeReceipt").list();
        Task kunshanTask = tasks.stream().filter(t -> taskService.getIdentityLinksForTask(t.getId()).stream()
                .anyMatch(l -> "unit-kunshan-recipients".equals(l.getGroupId()))).findFirst().orElseThrow();

        for (String other : List.of("jurong-recv", "binhai-recv", "gulou-recv", "editor", "kunshan")) {
            assertThatThrownBy(() -> receipts.acknowledgeTask(user(other), kunshanTask.getId()))
                    .as(other).isInstanceOf(TaskNotAvailableException.class);
        }
        // 徐州市鼓楼区 is not a receiving unit, and an editor receives nothing: both not found
        assertThatThrownBy(() -> receipts.acknowledge(user("gulou-recv"), issue.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> receipts.acknowledge(user("editor"), issue.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(receipts.tracking(user("editor"), issue.id())).noneMatch(Receipt::acknowledged);

        Receipt jurong = receipts.acknowledge(user("jurong-recv"), issue.id());
        assertThat(jurong.unitId()).isEqualTo(user("jurong-recv").unitId());
        assertThat(receipts.tracking(user("editor"), issue.id())).filteredOn(Receipt::acknowledged)
                .extracting(Receipt::unitId).containsExactly(user("jurong-recv").unitId());
        assertThat(taskService.createTaskQuery().taskId(kunshanTask.getId()).count()).as("still kunshan's")
                .isEqualTo(1);
    }

    @Test
    void aSecondAcknowledgementIsHarmlessAndKeepsTheFirst() {
        Issue issue = fixtures.circulatingWithOneArticle("binhai", 2);
        Receipt first = receipts.acknowledge(user("binhai-recv"), issue.id());
        Receipt second = receipts.acknowledge(user("binhai-recv"), issue.id());

        assertThat(second.acknowledgedAt()).isEqualTo(first.acknowledgedAt());
        assertThat(second.acknowledgedByName()).isEqualTo("滨海县收文员");
        assertThat(taskService.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey("Task_AcknowledgeReceipt").list()).hasSize(2);
    }

    @Test
    void onlyEditorsAndAdministratorsFollowTheCirculationAndRemind() {
        Issue issue = fixtures.circulatingWithOneArticle("kunshan", 0);
        long kunshan = user("kunshan-recv").unitId();
        for (String other : List.of("reviewer", "signer", "kunshan-recv", "kunshan")) {
            assertThatThrownBy(() -> receipts.tracking(user(other), issue.id())).as(other)
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> receipts.remindNow(user(other), issue.id(), kunshan)).as(other)
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> receipts.remindAllNow(user(other), issue.id())).as(other)
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(receipts.tracking(user("editor"), issue.id())).allMatch(r -> r.reminders() == 0);
        Receipt reminded = receipts.remindNow(user("editor"), issue.id(), kunshan);
        assertThat(reminded.reminders()).isEqualTo(1);
        assertThat(reminded.lastRemindedAt()).isNotNull();
        assertThat(receipts.remindNow(user("admin"), issue.id(), kunshan).reminders()).isEqualTo(2);
        assertThat(receipts.remindAllNow(user("admin"), issue.id())).extracting(Receipt::unitId).contains(kunshan);
        assertThat(receipts.receiptOfMyUnit(user("kunshan-recv"), issue.id()).orElseThrow().reminders()).isEqualTo(3);
    }
}
