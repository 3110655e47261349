package com.briefingdesk.issue;

import java.util.List;
import java.util.Map;

/** One name on a line of the 版记: a unit of the directory, or a named group such as 省文明委主任、副主任、委员. */
public record Recipient(RecipientLine line, String label, Long unitId) {

    static final int LABEL_MAX = 100;

    /** Marks the field of each line that has a name longer than the table keeps. */
    static void tooLong(Map<String, String> problems, List<Recipient> recipients) {
        recipients.stream().filter(r -> r.label().length() > LABEL_MAX)
                .forEach(r -> problems.putIfAbsent(r.line().field(), "series.field.tooLong"));
    }
}
