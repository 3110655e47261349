package com.briefingdesk.issue;

import java.util.List;

/** A briefing series and what every issue of it inherits: title block, numbering, columns, default 版记. */
public record BriefingSeries(long id, String code, String title, String issuingOffice, String marking,
                             String serialPrefix, List<String> columns, int defaultPrintCount, int lastSerial,
                             boolean active, List<Recipient> recipients) {

    public BriefingSeries {
        columns = List.copyOf(columns);
        recipients = List.copyOf(recipients);
    }
}
