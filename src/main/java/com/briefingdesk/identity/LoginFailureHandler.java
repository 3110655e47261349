package com.briefingdesk.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login form, saying either "wrong name or password" or "locked for a while". Which one depends only on
 * the throttle's count for the typed name, never on whether the person exists.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    static final String LOCKED_PARAMETER = "locked";

    private final LoginThrottle throttle;

    LoginFailureHandler(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String query = throttle.isLocked(request.getParameter("username")) ? LOCKED_PARAMETER : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + query);
    }
}
