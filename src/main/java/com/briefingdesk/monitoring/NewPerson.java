package com.briefingdesk.monitoring;

import com.briefingdesk.identity.ContactDetails;
import com.briefingdesk.identity.PasswordPolicy;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.TypedText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What an administrator types to create a login (the e-mail may be left blank); {@link #problems()} names each field that breaks a rule. */
record NewPerson(String username, String displayName, Long unitId, Set<Role> roles, String password,
                 String email) {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (username == null || !USERNAME.matcher(username.strip()).matches()) {
            problems.put("username", "directory.user.username.invalid");
        }
        if (displayName == null || displayName.isBlank()) {
            problems.put("displayName", "directory.field.required");
        } else if (displayName.strip().length() > 60) {
            problems.put("displayName", "directory.field.tooLong");
        }
        TypedText.check(problems, "displayName", displayName);
        if (unitId == null) {
            problems.put("unit", "directory.field.required");
        }
        if (roles == null || roles.isEmpty()) {
            problems.put("roles", "directory.user.roles.required");
        }
        PasswordPolicy.problem(password).ifPresent(key -> problems.put("password", key));
        problems.putAll(new ContactDetails(email, null).problems());
        return problems;
    }
}
