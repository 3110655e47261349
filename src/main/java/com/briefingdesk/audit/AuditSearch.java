package com.briefingdesk.audit;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;

/** The audit trail is read by administrators only; anyone else is answered as if there were nothing to see. */
@Service
public class AuditSearch {

    /** Rows shown on the page; a search that finds more says so and asks to be narrowed. */
    static final int SHOWN = 500;
    /** Rows in an exported file. */
    static final int EXPORTED = 100_000;

    private final AuditLog log;

    AuditSearch(AuditLog log) {
        this.log = log;
    }

    /** Newest first; at most {@link #SHOWN} + 1 rows, so that the caller can tell that there are more. */
    public List<AuditEvent> search(AppUser admin, AuditQuery query) {
        requireAdmin(admin);
        return log.search(query, SHOWN + 1);
    }

    List<AuditEvent> export(AppUser admin, AuditQuery query) {
        requireAdmin(admin);
        return log.search(query, EXPORTED);
    }

    private static void requireAdmin(AppUser user) {
        if (user == null || !user.active() || !user.has(Role.ADMIN)) {
            throw new NotFoundException("audit trail");
        }
    }
}
