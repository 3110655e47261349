package com.briefingdesk.commission;

import static com.briefingdesk.notice.TestMailbox.to;
import static org.assertj.core.api.Assertions.assertThat;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.Office;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.notice.TestMailbox;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The submitters of the units a commission asks are told by mail, and reminded while they have not answered. */
@BriefingDeskTest
class CommissionMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestMailbox.server();

    @Autowired
    CommissionFixtures fixtures;
    @Autowired
    CommissionAnswers answers;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcClient jdbc;

    String withAddress(AppUser person) {
        return TestMailbox.giveAddress(jdbc, person, "unit.test");
    }

    @Test
    void theUnitsAskedAreToldAndThoseStillOpenAreReminded() {
        Unit north = fixtures.freshUnit("北区");
        Unit south = fixtures.freshUnit("南区");
        String northAddress = withAddress(fixtures.submitter(north));
        AppUser southSubmitter = fixtures.submitter(south);
        String southAddress = withAddress(southSubmitter);

        Commission commission = fixtures.issued("网络文明建设", north, south);

        MimeMessage[] notices = TestMailbox.withSubject(smtp, "【约稿】网络文明建设");
        assertThat(to(notices)).containsExactlyInAnyOrder(northAddress, southAddress);
        assertThat(TestMailbox.body(notices[0])).contains(commission.officeName())
                .contains(Office.minute(commission.deadline())).contains("http://briefing.test/");

        answers.decline(southSubmitter, fixtures.taskOf(commission, south), "人手不足");
        managementService.executeJob(fixtures.timer(commission, "BoundaryEvent_Reminder").getId());

        assertThat(to(smtp, "【催办】约稿：网络文明建设")).as("the unit that declined is left alone")
                .containsExactly(northAddress);
    }
}
