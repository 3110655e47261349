package com.briefingdesk.task;

import com.briefingdesk.kernel.SearchWords;

/**
 * What the inbox shows of a person's tasks: those whose subject (its title or unit) holds the words, only those past
 * their due date if asked, in the order of one column.
 */
public record InboxFilter(SearchWords words, boolean overdueOnly, Order order, boolean descending) {

    /** The columns the inbox sorts by. */
    public enum Order { ARRIVED, DUE, TASK }

    /** Every task, oldest first: the inbox as it opens. */
    public static final InboxFilter NONE = new InboxFilter(new SearchWords(""), false, Order.ARRIVED, false);

    public InboxFilter withWords(String typed) {
        return new InboxFilter(new SearchWords(typed), overdueOnly, order, descending);
    }

    public InboxFilter withOverdueOnly(boolean only) {
        return new InboxFilter(words, only, order, descending);
    }

    public InboxFilter orderedBy(Order by, boolean down) {
        return new InboxFilter(words, overdueOnly, by, down);
    }

    /** Whether anything is left out: an empty list then means "none match", not "none wait". */
    public boolean narrows() {
        return !words.isBlank() || overdueOnly;
    }
}
