package com.briefingdesk.kernel;

import java.util.Map;

/**
 * Input that breaks a rule, with a message key per field, so a form can show each message next to its field.
 * Services throw it too, so no caller can store what a form would have refused.
 */
public class ValidationException extends RuntimeException {

    private final Map<String, String> fieldMessageKeys;

    public ValidationException(Map<String, String> fieldMessageKeys) {
        super("invalid input: " + fieldMessageKeys);
        this.fieldMessageKeys = Map.copyOf(fieldMessageKeys);
    }

    public Map<String, String> fieldMessageKeys() {
        return fieldMessageKeys;
    }
}
