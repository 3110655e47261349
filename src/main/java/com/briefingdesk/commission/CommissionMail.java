package com.briefingdesk.commission;

import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.notice.NoticeMail;
import org.springframework.stereotype.Component;

/** E-mail to the submitters of the units a commission asks to write: when it is issued, and when reminded. */
@Component
class CommissionMail {

    private final NoticeMail mail;
    private final OfficeClock clock;

    CommissionMail(NoticeMail mail, OfficeClock clock) {
        this.mail = mail;
        this.clock = clock;
    }

    void issued(Commission commission, long unitId) {
        send(commission, unitId, "mail.commission.subject", "mail.commission.body");
    }

    void reminder(Commission commission, long unitId) {
        send(commission, unitId, "mail.commission.reminder.subject", "mail.commission.reminder.body");
    }

    private void send(Commission commission, long unitId, String subjectKey, String bodyKey) {
        // The answer task waits in the submitters' inbox, the application's first page.
        mail.toUnit(unitId, Role.SUBMITTER, subjectKey, bodyKey, commission.topic(), commission.officeName(),
                clock.minute(commission.deadline()), mail.link(""));
    }
}
