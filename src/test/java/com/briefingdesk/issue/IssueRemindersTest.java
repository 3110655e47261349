package com.briefingdesk.issue;

import static com.briefingdesk.notice.TestMailbox.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.approval.StepReminder;
import com.briefingdesk.approval.TaskActionLog;
import com.briefingdesk.article.SampleArticles;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.TypedText;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.notice.TestMailbox;
import com.briefingdesk.task.TaskNotAvailableException;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An editor reminds (催办) whoever holds a step of an issue: by mail, recorded, and only where an editor may. */
@BriefingDeskTest
class IssueRemindersTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestMailbox.server();

    @Autowired
    IssueFixtures fixtures;
    @Autowired
    IssueReminders reminders;
    @Autowired
    TaskActionLog actionLog;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void takeAddressesBack() {
        jdbc.sql("update app_user set email = null where email like '%@people.test'").update();
    }

    Issue awaitingSignOff() {
        return fixtures.awaitingSignOff(fixtures.freshSeries(0),
                List.of(fixtures.accepted("gulou", SampleArticles.all().get(3))));
    }

    @Test
    void anEditorRemindsTheSignatoryWhoHoldsTheSignOffAndTheIssueKeepsTheRecord() {
        AppUser signer = fixtures.user("signer");
        String address = TestMailbox.giveAddress(jdbc, signer, "people.test");
        Issue issue = awaitingSignOff();
        String signOff = fixtures.openTask(issue, IssueTasks.SIGN_OFF_FORM);
        fixtures.taskService.claim(signOff, "signer");

        reminders.remind(fixtures.user("editor"), issue.id(), signOff, "  下午三点前签发，谢谢  ");

        MimeMessage[] mails = TestMailbox.withSubject(smtp, "【催办】签发");
        assertThat(to(mails)).containsExactly(address);
        assertThat(TestMailbox.body(mails[0])).contains(fixtures.user("editor").displayName() + "催办：下午三点前签发，谢谢")
                .contains(issue.title());
        assertThat(actionLog.ofProcess(issue.processInstanceId())).filteredOn(e -> e.taskId().equals(signOff))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.kind()).isEqualTo(TaskActionLog.Kind.URGED);
                    assertThat(entry.fromAssignee()).as("whom it was for").isEqualTo("signer");
                    assertThat(entry.reason()).isEqualTo("下午三点前签发，谢谢");
                    assertThat(entry.actorName()).isEqualTo(fixtures.user("editor").displayName());
                });
    }

    @Test
    void onlyAnEditorRemindsAndOnlyOfTheIssuesOwnOpenSteps() {
        Issue issue = awaitingSignOff();
        Issue other = awaitingSignOff();
        String signOff = fixtures.openTask(issue, IssueTasks.SIGN_OFF_FORM);

        assertThatThrownBy(() -> reminders.remind(fixtures.user("reviewer"), issue.id(), signOff, "请签发"))
                .as("a reviewer reads the issue but does not chase it").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reminders.remind(fixtures.user("kunshan"), issue.id(), signOff, "请签发"))
                .as("a unit's submitter does not even see it").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reminders.remind(fixtures.user("editor"), other.id(), signOff, "请签发"))
                .as("a step of another issue, under this one's id").isInstanceOf(NotFoundException.class);

        fixtures.issueTasks.signOff(fixtures.user("signer"), signOff, IssueOpinion.Decision.APPROVE, "同意");
        assertThatThrownBy(() -> reminders.remind(fixtures.user("editor"), issue.id(), signOff, "请签发"))
                .as("signed off meanwhile: nothing left to remind of").isInstanceOf(TaskNotAvailableException.class);
        assertThat(actionLog.ofProcess(issue.processInstanceId()))
                .noneMatch(e -> e.kind() == TaskActionLog.Kind.URGED);
    }

    @Test
    void theNoteIsNeededAndMustBeStorableAndNobodyRemindsThemselves() {
        Issue issue = awaitingSignOff();
        String signOff = fixtures.openTask(issue, IssueTasks.SIGN_OFF_FORM);
        AppUser editor = fixtures.user("editor");

        assertThat(refusal(editor, issue, signOff, "   ")).isEqualTo("approval.remind.noteRequired");
        assertThat(refusal(editor, issue, signOff, "请\u0000签发")).isEqualTo(TypedText.UNSTORABLE);
        assertThat(refusal(editor, issue, signOff, "催".repeat(StepReminder.NOTE_MAX + 1)))
                .isEqualTo(TypedText.TOO_LONG);

        Issue composing = fixtures.issues.start(editor, fixtures.freshSeries(0).id());
        String compose = fixtures.openTask(composing, IssueTasks.COMPOSE_FORM);
        assertThat(refusal(editor, composing, compose, "请尽快")).as("offered to the editors: theirs to take")
                .isEqualTo("approval.remind.own");
        fixtures.taskService.claim(compose, "editor");
        assertThat(refusal(editor, composing, compose, "请尽快")).isEqualTo("approval.remind.own");
        assertThat(actionLog.ofProcess(issue.processInstanceId()))
                .noneMatch(e -> e.kind() == TaskActionLog.Kind.URGED);
        assertThat(actionLog.ofProcess(composing.processInstanceId()))
                .noneMatch(e -> e.kind() == TaskActionLog.Kind.URGED);
    }

    private String refusal(AppUser editor, Issue issue, String taskId, String note) {
        try {
            reminders.remind(editor, issue.id(), taskId, note);
        } catch (ValidationException e) {
            return e.fieldMessageKeys().get("note");
        }
        throw new AssertionError("the reminder was sent");
    }
}
