package com.briefingdesk.kernel.ui;

import com.vaadin.flow.component.Component;
import java.util.Collection;

/**
 * How the screens join a label to its value, name the items of a list and add a note in brackets, in the person's
 * language: Chinese takes full-width marks (单位：昆山市, 昆山市、句容市, 标题（昆山市）), English its own (Unit: 昆山市,
 * 昆山市, 句容市, title (昆山市)). The printed documents keep the Chinese marks whatever the screen's language.
 */
public final class Punctuation {

    private Punctuation() {
    }

    /** 单位：昆山市; Unit: 昆山市. */
    public static String labelled(Component shownIn, String label, Object value) {
        return shownIn.getTranslation("punctuation.labelled", label, String.valueOf(value));
    }

    /** 昆山市、句容市; 昆山市, 句容市. */
    public static String enumeration(Component shownIn, Collection<String> items) {
        return String.join(shownIn.getTranslation("punctuation.enumeration"), items);
    }

    /** Titles, each of which may hold commas of its own: 甲；乙; 甲; 乙. */
    public static String titles(Component shownIn, Collection<String> titles) {
        return String.join(shownIn.getTranslation("punctuation.titles"), titles);
    }

    /** 标题（昆山市）; title (昆山市). */
    public static String aside(Component shownIn, String text, Object aside) {
        return shownIn.getTranslation("punctuation.aside", text, String.valueOf(aside));
    }
}
