package com.briefingdesk.audit;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where the current request comes from: the client's address and browser. X-Forwarded-For is anyone's to write,
 * so it is believed only when {@code briefing.audit.trust-forwarded-for} says a proxy of ours sets it.
 */
@Component
class ClientOrigin {

    record Origin(String ip, String userAgent) {
        static final Origin NONE = new Origin(null, null);
    }

    private final boolean trustForwardedFor;

    ClientOrigin(@Value("${briefing.audit.trust-forwarded-for:false}") boolean trustForwardedFor) {
        this.trustForwardedFor = trustForwardedFor;
    }

    Origin current() {
        return servletRequest().map(this::of).orElseGet(this::ofVaadinRequest);
    }

    Origin of(HttpServletRequest request) {
        return new Origin(ip(request.getHeader("X-Forwarded-For"), request.getRemoteAddr()),
                request.getHeader("User-Agent"));
    }

    private Origin ofVaadinRequest() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return Origin.NONE;
        }
        return new Origin(ip(request.getHeader("X-Forwarded-For"), request.getRemoteAddr()),
                request.getHeader("User-Agent"));
    }

    private String ip(String forwardedFor, String remoteAddress) {
        if (trustForwardedFor && forwardedFor != null && !forwardedFor.isBlank()) {
            // The first entry is the client as our proxy saw it; later ones are proxies on the way.
            return forwardedFor.split(",")[0].strip();
        }
        return remoteAddress;
    }

    private static Optional<HttpServletRequest> servletRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet
                ? Optional.of(servlet.getRequest()) : Optional.empty();
    }
}
