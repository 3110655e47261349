package com.briefingdesk;

import com.briefingdesk.kernel.OfficeClock;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * What the tests expect of the office's time, written out on its own rather than asked of {@code OfficeClock}: the
 * zone that {@code briefing.office-zone} defaults to, and times shown to the minute in it. The tests' JVM runs in UTC
 * (see the pom), so an expectation met only by the server's zone fails.
 */
public final class Office {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Office() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** A time as the office's clocks show it, as a database timestamp. */
    public static Timestamp timestamp(LocalDateTime officeTime) {
        return Timestamp.from(officeTime.atZone(ZONE).toInstant());
    }

    public static String minute(Instant at) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(at.atZone(ZONE));
    }
}
