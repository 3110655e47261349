package com.briefingdesk.kernel;

import java.util.HashMap;
import java.util.Map;

/**
 * What typed text must be to be stored and printed exactly as typed. PostgreSQL refuses NUL in text, XML (and so
 * the .docx) refuses the other control characters and unpaired surrogates, and a PDF has no glyph for them: such
 * text is refused with a message next to its field instead of failing later.
 */
public final class TypedText {

    public static final String UNSTORABLE = "security.text.unstorable";
    public static final String TOO_LONG = "security.text.tooLong";

    private TypedText() {
    }

    /** True when the text holds only characters that can be stored and printed (tabs and line breaks included). */
    public static boolean storable(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xfffe || c == 0xffff) {
                return false;
            }
            if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(++i)))) {
                return false;
            }
            if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Adds the "cannot be stored" problem for a field that has no other problem yet. */
    public static void check(Map<String, String> problems, String field, String text) {
        if (!storable(text)) {
            problems.putIfAbsent(field, UNSTORABLE);
        }
    }

    /** Adds the problem of a free text that cannot be stored or is longer than its column, if the field has none. */
    public static void check(Map<String, String> problems, String field, String text, int maxLength) {
        check(problems, field, text);
        if (text != null && text.strip().length() > maxLength) {
            problems.putIfAbsent(field, TOO_LONG);
        }
    }

    /**
     * Refuses text that cannot be stored (a NUL, which PostgreSQL refuses) or shown (other control characters), at
     * the field, before it reaches the database.
     */
    public static void requireStorable(String field, String text) {
        if (!storable(text)) {
            throw new ValidationException(Map.of(field, UNSTORABLE));
        }
    }

    /** Refuses free text (a comment, an opinion) that cannot be stored or is longer than its column. */
    public static void require(String field, String text, int maxLength) {
        Map<String, String> problems = new HashMap<>();
        check(problems, field, text, maxLength);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
