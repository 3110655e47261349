package com.briefingdesk.commission;

import java.time.Instant;

/** A commission notice (约稿通知): what the office asks the units to write about, and by when. */
public record Commission(long id, String topic, String requirements, Instant deadline, boolean allUnits,
                         String processInstanceId, String createdByName, String officeName, Instant createdAt,
                         Instant closedAt) {

    public boolean open() {
        return closedAt == null;
    }

    /** Of the units a notice asked, how many have answered, with articles or by declining. */
    public record Answers(int answered, int asked) { }
}
