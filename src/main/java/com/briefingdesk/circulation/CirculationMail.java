package com.briefingdesk.circulation;

import com.briefingdesk.identity.Role;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.notice.NoticeMail;
import com.briefingdesk.publication.IssueDocumentText;
import org.springframework.stereotype.Component;

/** E-mail to a unit's recipients when an issue reaches them and when they are reminded to acknowledge it. */
@Component
class CirculationMail {

    private final NoticeMail mail;

    CirculationMail(NoticeMail mail) {
        this.mail = mail;
    }

    void circulated(Issue issue, long unitId) {
        send(issue, unitId, "mail.circulated.subject", "mail.circulated.body");
    }

    void reminder(Issue issue, long unitId) {
        send(issue, unitId, "mail.reminder.subject", "mail.reminder.body");
    }

    private void send(Issue issue, long unitId, String subjectKey, String bodyKey) {
        String title = issue.title();
        mail.toUnit(unitId, Role.RECIPIENT, subjectKey, bodyKey, title, issue.series().issuingOffice(),
                mail.link(PublishedIssueView.ROUTE_PREFIX + issue.id()));
    }
}
