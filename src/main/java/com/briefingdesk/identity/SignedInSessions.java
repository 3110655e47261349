package com.briefingdesk.identity;

import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A session is trusted only as long as the password it was signed in with: once a person's password changes (by
 * themselves, or reset by an administrator because it leaked), every session signed in before the change ends at
 * its next request ({@link StaleSessionFilter}), on whichever node it lives. The time of the change is kept in the
 * database for that reason: an in-memory session registry would end only the sessions of the node that made it.
 */
@Component
public class SignedInSessions {

    /** The session attribute: when the session signed in, or when its person last changed their password in it. */
    public static final String SIGNED_IN_AT = SignedInSessions.class.getName() + ".signedInAt";

    private final JdbcClient jdbc;

    SignedInSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * At sign-in through the form: the session is as new as the password it was opened with. Only the form's
     * event: a REST call's basic authentication must not renew a session cookie it happens to carry.
     */
    @EventListener
    void onSignIn(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            HttpSession session = request.getRequest().getSession(false);
            if (session != null) {
                session.setAttribute(SIGNED_IN_AT, Instant.now());
            }
        }
    }

    /** The session in which a person changed their own password stays signed in. */
    public void keep(WrappedSession session, Instant passwordChangedAt) {
        session.setAttribute(SIGNED_IN_AT, passwordChangedAt);
    }

    /** Whether the person's password changed after this session signed in. */
    boolean isStale(String username, Instant signedInAt) {
        return jdbc.sql("select password_changed_at > :signedInAt from app_user"
                        + " where username = :username and password_changed_at is not null")
                .param("username", username).param("signedInAt", Timestamp.from(signedInAt))
                .query(Boolean.class).optional().orElse(false);
    }
}
