package com.briefingdesk.task;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.ui.WaitingCount;
import org.springframework.stereotype.Component;

/** 待办 in the menu: the tasks assigned to the person and those waiting for one of their groups. */
@Component
class InboxCount implements WaitingCount {

    private final TaskInbox inbox;

    InboxCount(TaskInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public String route() {
        return "";
    }

    @Override
    public long waitingFor(AppUser user) {
        return inbox.waitingFor(user);
    }
}
