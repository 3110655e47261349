package com.briefingdesk.issue;

import com.vaadin.flow.component.Component;

/**
 * An issue's year and number as the screens name it, in the person's language: 2022 年第 13 期 (增刊第 1 期 for a
 * supplement), No. 13, 2022 in English. The printed issue keeps its Chinese designation ({@link Issue#numberLabel}).
 */
public final class IssueDesignation {

    private IssueDesignation() {
    }

    public static String of(Component shownIn, boolean supplement, int year, int numberInYear) {
        // as text: a year is no quantity, and 2,022 is not how one is written
        return shownIn.getTranslation(supplement ? "issue.designation.supplement" : "issue.designation",
                String.valueOf(year), String.valueOf(numberInYear));
    }

    public static String of(Component shownIn, Issue issue) {
        return of(shownIn, issue.supplement(), issue.year(), issue.numberInYear());
    }
}
