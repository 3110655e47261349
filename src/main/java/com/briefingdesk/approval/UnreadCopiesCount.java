package com.briefingdesk.approval;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.ui.WaitingCount;
import org.springframework.stereotype.Component;

/** 待阅 in the menu: the copies sent to the person for reading that they have not read yet. */
@Component
class UnreadCopiesCount implements WaitingCount {

    private final ReadingCopies copies;

    UnreadCopiesCount(ReadingCopies copies) {
        this.copies = copies;
    }

    @Override
    public String route() {
        return "reading";
    }

    @Override
    public long waitingFor(AppUser user) {
        return copies.unreadCount(user);
    }
}
