package com.briefingdesk.kernel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether the printed documents can show a text: the PDF is set in the configured fonts, and a character
 * none of them has (an emoji, a rare ideograph outside the fonts) would stop the rendering of the whole issue after
 * sign-off. Text that is printed is checked when it is typed, with a message next to its field instead.
 */
public interface PrintableText {

    String UNPRINTABLE = "security.text.unprintable";

    boolean printable(String text);

    /** Refuses, field by field, the texts the documents cannot print. */
    default void require(Map<String, String> fields) {
        Map<String, String> problems = new LinkedHashMap<>();
        fields.forEach((field, text) -> {
            if (!printable(text)) {
                problems.put(field, UNPRINTABLE);
            }
        });
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
