package com.briefingdesk.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The person behind the current request, as our directory knows them. */
@Component
public class CurrentUser {

    private final UserDirectory directory;

    public CurrentUser(UserDirectory directory) {
        this.directory = directory;
    }

    public AppUser get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new NotLoggedInException();
        }
        return directory.findByUsername(authentication.getName()).filter(AppUser::active)
                .orElseThrow(NotLoggedInException::new);
    }

    public static class NotLoggedInException extends RuntimeException {
        NotLoggedInException() {
            super("not logged in");
        }
    }
}
