package com.briefingdesk.approval;

import java.time.Instant;
import java.util.List;

/**
 * An article or issue sent to people for reading (抄送/传阅), with the sender's note and who has read it. For a
 * recipient, {@code readAt} is when they marked it read; for the sender it is null and {@code readers} says.
 */
public record ReadingCopy(long id, String subjectKind, long subjectId, String title, String note, String senderName,
                          long senderId, Instant sentAt, Instant readAt, List<Reader> readers) {

    public record Reader(long userId, String name, Instant readAt) { }

    public ReadingCopy {
        readers = List.copyOf(readers);
    }

    public long readCount() {
        return readers.stream().filter(r -> r.readAt() != null).count();
    }
}
