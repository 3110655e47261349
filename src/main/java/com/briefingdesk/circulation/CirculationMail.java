package com.briefingdesk.circulation;

import com.briefingdesk.identity.Role;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.notice.Notices;
import com.briefingdesk.publication.IssueDocumentText;
import org.springframework.stereotype.Component;

/** E-mail to a unit's recipients when an issue reaches them and when they are reminded to acknowledge it. */
@Component
class CirculationMail {

    private final Notices notices;

    CirculationMail(Notices notices) {
        this.notices = notices;
    }

    void circulated(Issue issue, long unitId) {
        send(issue, unitId, "mail.circulated.subject", "mail.circulated.body");
    }

    void reminder(Issue issue, long unitId) {
        send(issue, unitId, "mail.reminder.subject", "mail.reminder.body");
    }

    private void send(Issue issue, long unitId, String subjectKey, String bodyKey) {
        String title = IssueDocumentText.documentTitle(issue);
        notices.send(notices.ofUnit(unitId, Role.RECIPIENT), notices.text(subjectKey, title),
                notices.text(bodyKey, title, issue.series().issuingOffice(),
                        notices.link(PublishedIssueView.ROUTE_PREFIX + issue.id())));
    }
}
