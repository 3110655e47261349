package com.briefingdesk.commission;

import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.ui.Dates;
import com.briefingdesk.notice.NoticeMail;
import org.springframework.stereotype.Component;

/** E-mail to the submitters of the units a commission asks to write: when it is issued, and when reminded. */
@Component
class CommissionMail {

    private final NoticeMail mail;

    CommissionMail(NoticeMail mail) {
        this.mail = mail;
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
                Dates.minute(commission.deadline()), mail.link(""));
    }
}
