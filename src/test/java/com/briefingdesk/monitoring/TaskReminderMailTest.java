package com.briefingdesk.monitoring;

import static com.briefingdesk.notice.TestMailbox.to;
import static org.assertj.core.api.Assertions.assertThat;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.article.Article;
import com.briefingdesk.article.TriageDecision;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.notice.TestMailbox;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reminders reach people by mail: an administrator's 催办 goes to whoever holds the task (its assignee, or everyone
 * it is offered to), and the timer's reminder of a returned article to the person who is to revise it.
 */
@BriefingDeskTest
class TaskReminderMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestMailbox.server();

    @Autowired
    MonitoringFixtures fixtures;
    @Autowired
    TaskActions actions;
    @Autowired
    UserDirectory directory;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcClient jdbc;

    String withAddress(AppUser person) {
        return TestMailbox.giveAddress(jdbc, person, "people.test");
    }

    @AfterEach
    void takeAddressesBack() {
        jdbc.sql("update app_user set email = null where email like '%@people.test'").update();
    }

    @Test
    void aTaskOfferedToTheEditorsIsChasedWithEachOfThemInAMessageOfTheirOwn() {
        List<String> editors = directory.findAll().stream()
                .filter(u -> u.active() && u.candidateGroups().contains("editors")).map(this::withAddress).toList();
        assertThat(editors).hasSizeGreaterThan(1);
        Article article = fixtures.submitted(fixtures.submitter(fixtures.freshUnit()));

        actions.remind(fixtures.admin(), fixtures.openTask(article.processInstanceId()).getId(), "请今日内完成初审");

        MimeMessage[] mails = TestMailbox.withSubject(smtp, "【催办】稿件初审");
        assertThat(to(mails)).as("a message of their own for each, naming nobody else")
                .containsExactlyInAnyOrderElementsOf(editors);
        assertThat(TestMailbox.body(mails[0])).contains(article.title()).contains("请今日内完成初审");
    }

    @Test
    void aReturnedArticleIsChasedWithTheOneWhoRevisesIt() {
        AppUser submitter = fixtures.submitter(fixtures.freshUnit());
        String address = withAddress(submitter);
        Article article = fixtures.triaged(submitter, TriageDecision.RETURN);

        managementService.executeJob(managementService.createJobQuery()
                .processInstanceId(article.processInstanceId()).activityId("BoundaryEvent_RevisionReminder")
                .singleResult().getId());
        assertThat(to(smtp, "【催办】请修改稿件《" + article.title() + "》")).containsExactly(address);

        actions.remind(fixtures.admin(), fixtures.openTask(article.processInstanceId()).getId(), "本周五截稿");
        assertThat(to(smtp, "【催办】修改退回稿件")).as("an assigned task: its assignee only")
                .containsExactly(address);
    }
}
