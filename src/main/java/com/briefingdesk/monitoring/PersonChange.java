package com.briefingdesk.monitoring;

import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.TypedText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an administrator changes about a person: the name printed on their work, where notices reach them, and
 * their roles. {@link #problems()} names each field that breaks a rule. The login name and the unit stay.
 */
record PersonChange(String displayName, String email, String phone, Set<Role> roles) {

    /** Enough to catch a slip of the keyboard; whether the mailbox exists only the mail server knows. */
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{3,30}");

    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (displayName == null || displayName.isBlank()) {
            problems.put("displayName", "directory.field.required");
        } else if (displayName.strip().length() > 60) {
            problems.put("displayName", "directory.field.tooLong");
        }
        TypedText.check(problems, "displayName", displayName);
        if (email != null && !email.isBlank()) {
            if (email.strip().length() > 200) {
                problems.put("email", "directory.field.tooLong");
            } else if (!EMAIL.matcher(email.strip()).matches()) {
                problems.put("email", "directory.user.email.invalid");
            }
        }
        if (phone != null && !phone.isBlank() && !PHONE.matcher(phone.strip()).matches()) {
            problems.put("phone", "directory.user.phone.invalid");
        }
        if (roles == null || roles.isEmpty()) {
            problems.put("roles", "directory.user.roles.required");
        }
        return problems;
    }

    /** Blank is none. */
    static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
