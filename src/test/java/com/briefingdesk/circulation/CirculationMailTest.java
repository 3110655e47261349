package com.briefingdesk.circulation;

import static com.briefingdesk.notice.TestMailbox.to;
import static org.assertj.core.api.Assertions.assertThat;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.notice.TestMailbox;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The notices of circulation and the reminders, received by an SMTP server in the test (GreenMail on the port the
 * test profile's mail settings name).
 */
@BriefingDeskTest
class CirculationMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestMailbox.server();

    @Autowired
    PublicationFixtures fixtures;
    @Autowired
    Receipts receipts;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void giveRecipientsAddresses() {
        for (String unit : List.of("kunshan", "jurong", "binhai", "gulou")) {
            jdbc.update("update app_user set email = ? where username = ?", unit + "@recv.test", unit + "-recv");
        }
    }

    @AfterEach
    void takeAddressesBack() {
        jdbc.update("update app_user set email = null where username like '%-recv'");
    }

    @Test
    void eachReceivingUnitIsToldOnceAndRemindedUntilItAcknowledges() throws Exception {
        Issue issue = fixtures.circulatingWithOneArticle("kunshan", 0);

        MimeMessage[] notices = smtp.getReceivedMessages();
        assertThat(to(notices)).containsExactlyInAnyOrder("kunshan@recv.test", "jurong@recv.test",
                "binhai@recv.test");
        String title = issue.series().title() + " " + issue.year() + " 年" + issue.numberLabel();
        assertThat(notices[0].getSubject()).isEqualTo("【简报分发】" + title);
        assertThat(TestMailbox.body(notices[0])).contains("http://briefing.test/" + PublishedIssueView.ROUTE_PREFIX);
        assertThat(notices[0].getFrom()[0].toString()).isEqualTo("briefing-desk@test.local");

        receipts.acknowledge(fixtures.issues.user("jurong-recv"), issue.id());
        Job timer = managementService.createJobQuery().processInstanceId(issue.processInstanceId())
                .activityId("BoundaryEvent_ReceiptReminder").singleResult();
        managementService.executeJob(timer.getId());

        // GreenMail lists messages by mailbox, not in the order they came: tell them apart by subject
        String reminderSubject = "【催办】请签收《" + title + "》";
        assertThat(to(smtp, reminderSubject)).containsExactlyInAnyOrder("kunshan@recv.test",
                "binhai@recv.test");
        assertThat(smtp.getReceivedMessages()).hasSize(notices.length + 2);

        receipts.remindNow(fixtures.issues.user("editor"), issue.id(), fixtures.issues.user("binhai-recv").unitId());
        assertThat(to(smtp, reminderSubject)).containsExactlyInAnyOrder("kunshan@recv.test",
                "binhai@recv.test", "binhai@recv.test");
    }
}
