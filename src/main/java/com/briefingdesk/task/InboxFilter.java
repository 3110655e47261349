package com.briefingdesk.task;

import com.briefingdesk.kernel.BundleI18NProvider;
import com.briefingdesk.kernel.SearchWords;
import java.util.Locale;

/**
 * What the inbox shows of a person's tasks: those whose subject (its title or unit) holds the words, only those past
 * their due date if asked, in the order of one column. The tasks are named, and sorted by name, in the language.
 */
public record InboxFilter(SearchWords words, boolean overdueOnly, Order order, boolean descending, Locale language) {

    /** The columns the inbox sorts by. */
    public enum Order { ARRIVED, DUE, TASK }

    /** Every task, oldest first: the inbox as it opens. */
    public static final InboxFilter NONE = new InboxFilter(new SearchWords(""), false, Order.ARRIVED, false,
            BundleI18NProvider.CHINESE);

    public InboxFilter withWords(String typed) {
        return new InboxFilter(new SearchWords(typed), overdueOnly, order, descending, language);
    }

    public InboxFilter withOverdueOnly(boolean only) {
        return new InboxFilter(words, only, order, descending, language);
    }

    public InboxFilter orderedBy(Order by, boolean down) {
        return new InboxFilter(words, overdueOnly, by, down, language);
    }

    public InboxFilter namedIn(Locale shownIn) {
        return new InboxFilter(words, overdueOnly, order, descending, shownIn);
    }

    /** Whether anything is left out: an empty list then means "none match", not "none wait". */
    public boolean narrows() {
        return !words.isBlank() || overdueOnly;
    }
}
