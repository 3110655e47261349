package com.briefingdesk.commission;

import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.ui.Dates;
import com.briefingdesk.notice.Notices;
import org.springframework.stereotype.Component;

/** E-mail to the submitters of the units a commission asks to write: when it is issued, and when reminded. */
@Component
class CommissionMail {

    private final Notices notices;

    CommissionMail(Notices notices) {
        this.notices = notices;
    }

    void issued(Commission commission, long unitId) {
        send(commission, unitId, "mail.commission.subject", "mail.commission.body");
    }

    void reminder(Commission commission, long unitId) {
        send(commission, unitId, "mail.commission.reminder.subject", "mail.commission.reminder.body");
    }

    private void send(Commission commission, long unitId, String subjectKey, String bodyKey) {
        // The answer task waits in the submitters' inbox, the application's first page.
        notices.send(notices.ofUnit(unitId, Role.SUBMITTER), notices.text(subjectKey, commission.topic()),
                notices.text(bodyKey, commission.topic(), commission.officeName(),
                        Dates.minute(commission.deadline()), notices.link("")));
    }
}
