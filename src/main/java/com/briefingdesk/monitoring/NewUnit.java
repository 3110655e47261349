package com.briefingdesk.monitoring;

import com.briefingdesk.identity.Unit;
import com.briefingdesk.kernel.TypedText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** What an administrator types to create a unit; {@link #problems()} names each field that breaks a rule. */
record NewUnit(String code, String name, Unit.Kind kind) {

    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            problems.put("code", "directory.unit.code.invalid");
        }
        if (name == null || name.isBlank()) {
            problems.put("name", "directory.field.required");
        } else if (name.strip().length() > 100) {
            problems.put("name", "directory.field.tooLong");
        }
        if (kind == null) {
            problems.put("kind", "directory.field.required");
        }
        TypedText.check(problems, "name", name);
        return problems;
    }
}
