package com.briefingdesk.identity;

import java.util.Optional;

/** What a password must be, wherever one is chosen: by an administrator for a person, or by the person. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 100;

    private PasswordPolicy() {
    }

    /** The message key of what is wrong with the password, if anything. */
    public static Optional<String> problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("directory.password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("directory.field.tooLong");
        }
        return Optional.empty();
    }
}
