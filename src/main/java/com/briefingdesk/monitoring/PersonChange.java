package com.briefingdesk.monitoring;

import com.briefingdesk.identity.ContactDetails;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.TypedText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What an administrator changes about a person: the name printed on their work, where notices reach them, and
 * their roles. {@link #problems()} names each field that breaks a rule. The login name and the unit stay.
 */
record PersonChange(String displayName, String email, String phone, Set<Role> roles) {

    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (displayName == null || displayName.isBlank()) {
            problems.put("displayName", "directory.field.required");
        } else if (displayName.strip().length() > 60) {
            problems.put("displayName", "directory.field.tooLong");
        }
        TypedText.check(problems, "displayName", displayName);
        problems.putAll(contact().problems());
        if (roles == null || roles.isEmpty()) {
            problems.put("roles", "directory.user.roles.required");
        }
        return problems;
    }

    ContactDetails contact() {
        return new ContactDetails(email, phone);
    }
}
