package com.briefingdesk.issue;

/** The lines of the 版记: to superiors (报), to peers (送), to subordinates (发). */
public enum RecipientLine {
    REPORT("报"), SEND("送"), DISTRIBUTE("发");

    private final String mark;

    RecipientLine(String mark) {
        this.mark = mark;
    }

    /** The character that opens the line on the printed issue. */
    public String mark() {
        return mark;
    }
}
