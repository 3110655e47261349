package com.briefingdesk.audit;

import com.briefingdesk.identity.AppUser;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * Writes who did what to which object, when and from where. Called at each act, inside the act's transaction, so
 * that an act that rolls back leaves no trace and one that commits always has its row. Details are short and
 * never carry a password.
 */
@Service
public class AuditTrail {

    private final AuditLog log;
    private final ClientOrigin origin;

    AuditTrail(AuditLog log, ClientOrigin origin) {
        this.log = log;
        this.origin = origin;
    }

    public void record(AppUser actor, AuditAction action, String objectType, Object objectId, String detail) {
        recordAs(actor == null ? null : actor.username(), action, objectType, objectId, detail);
    }

    /** For acts without a person of our directory: the system's own steps (null), and logins by name. */
    public void recordAs(String actor, AuditAction action, String objectType, Object objectId, String detail) {
        log.append(actor, action, objectType, objectId == null ? null : Objects.toString(objectId), detail,
                origin.current());
    }
}
