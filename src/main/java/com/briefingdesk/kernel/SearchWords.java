package com.briefingdesk.kernel;

import java.util.Locale;

/**
 * Words typed into a search field, as every list's search reads them: case aside, spaces around them ignored, found
 * anywhere in a text. Blank words find everything.
 */
public record SearchWords(String typed) {

    public SearchWords {
        typed = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isBlank() {
        return typed.isEmpty();
    }

    /** Whether any of the texts holds the words. */
    public boolean foundIn(String... texts) {
        if (isBlank()) {
            return true;
        }
        for (String text : texts) {
            if (text != null && text.toLowerCase(Locale.ROOT).contains(typed)) {
                return true;
            }
        }
        return false;
    }
}
