package com.briefingdesk.audit;

import com.briefingdesk.kernel.ValidationException;
import java.time.LocalDate;
import java.util.Map;

/**
 * What an administrator looks for in the audit trail; every part is optional. {@code from} and {@code to} are
 * days, both included; {@code words} are found in the detail, the object, the person and the client.
 */
public record AuditQuery(String person, AuditAction action, String objectType, String objectId, LocalDate from,
                         LocalDate to, String words) {

    public static final AuditQuery EVERYTHING = new AuditQuery(null, null, null, null, null, null, null);

    public AuditQuery {
        person = blankToNull(person);
        objectType = blankToNull(objectType);
        objectId = blankToNull(objectId);
        words = blankToNull(words);
        if (from != null && to != null && to.isBefore(from)) {
            throw new ValidationException(Map.of("to", "audit.search.toBeforeFrom"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
