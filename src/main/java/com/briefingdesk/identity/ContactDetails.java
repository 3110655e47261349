package com.briefingdesk.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where notices reach a person: an e-mail address and a phone number, both optional. {@link #problems()} names the
 * field ({@code email}, {@code phone}) that breaks a rule; blank is none.
 */
public record ContactDetails(String email, String phone) {

    /** Enough to catch a slip of the keyboard; whether the mailbox exists only the mail server knows. */
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{3,30}");

    public ContactDetails {
        email = email == null || email.isBlank() ? null : email.strip();
        phone = phone == null || phone.isBlank() ? null : phone.strip();
    }

    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (email != null) {
            if (email.length() > 200) {
                problems.put("email", "directory.field.tooLong");
            } else if (!EMAIL.matcher(email).matches()) {
                problems.put("email", "directory.user.email.invalid");
            }
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.put("phone", "directory.user.phone.invalid");
        }
        return problems;
    }
}
