package com.briefingdesk.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every password check Spring Security makes, at each door: the login form of the application (which Cockpit's
 * webapps also send people to) and the basic authentication of Camunda's REST API. Only the name tried is kept,
 * never what was typed as the password.
 */
@Component
class LoginAudit {

    private final AuditTrail trail;

    LoginAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        trail.recordAs(event.getAuthentication().getName(), AuditAction.LOGIN_SUCCEEDED, "door", door(), null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        Object name = attempt.getPrincipal();
        trail.recordAs(name == null ? null : name.toString(), AuditAction.LOGIN_FAILED, "door", door(),
                event.getException().getClass().getSimpleName());
    }

    /** The path the credentials came to: /login, /engine-rest/…; null outside a web request. */
    private static String door() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return null;
        }
        String path = servlet.getRequest().getRequestURI();
        int second = path.indexOf('/', 1);
        return second > 0 ? path.substring(0, second) : path;
    }
}
