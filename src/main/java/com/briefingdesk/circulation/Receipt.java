package com.briefingdesk.circulation;

import java.time.Instant;

/** Where one receiving unit stands with a published issue: told, opened, acknowledged (签收), reminded (催办). */
public record Receipt(long issueId, long unitId, String unitName, Instant notifiedAt, Instant openedAt,
                      String openedByName, Instant acknowledgedAt, String acknowledgedByName, int reminders,
                      Instant lastRemindedAt) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
