package com.briefingdesk.issue;

/**
 * The lines of the 版记: to superiors (报), to peers (送), to subordinates (发), and the one-off additions of one
 * issue (本期增发), which a series never has by default.
 */
public enum RecipientLine {
    REPORT("报", "reportTo"), SEND("送", "sendTo"), DISTRIBUTE("发", "distributeTo"),
    ADDITIONAL("本期增发", "additionalTo");

    private final String mark;
    private final String field;

    RecipientLine(String mark, String field) {
        this.mark = mark;
        this.field = field;
    }

    /** The words that open the line on the printed issue. */
    public String mark() {
        return mark;
    }

    /** The name of the field where the line's names are typed, under which forms report their problems. */
    public String field() {
        return field;
    }
}
