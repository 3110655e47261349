package com.briefingdesk.monitoring;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.NotFoundException;

/** Monitoring is for administrators; anyone else is answered as if there were nothing to see. */
final class AdminOnly {

    private AdminOnly() {
    }

    static void require(AppUser user, String what) {
        if (user == null || !user.active() || !user.has(Role.ADMIN)) {
            throw new NotFoundException(what);
        }
    }
}
