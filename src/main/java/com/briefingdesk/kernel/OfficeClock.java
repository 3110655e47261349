package com.briefingdesk.kernel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The office's time: the zone its people work in ({@code briefing.office-zone}, Asia/Shanghai unless set), whatever
 * zone the server runs in. Every day the system reckons (today, a day picked in a form, the masthead's date, the year
 * an issue is numbered in, a statistics period) and every time it shows is in this zone, so that a server kept in
 * UTC neither shows 08:56 for a task that arrived at 16:56 nor calls a day "the future" before 08:00.
 */
@Component
public class OfficeClock {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Clock clock;

    @Autowired
    public OfficeClock(@Value("${briefing.office-zone:Asia/Shanghai}") ZoneId zone) {
        this(Clock.system(zone));
    }

    public OfficeClock(Clock clock) {
        this.clock = clock;
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The office's day that an instant falls on. */
    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone());
    }

    /** The first instant of an office day. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone()).toInstant();
    }

    /** The first instant after an office day: with {@link #startOf}, the half-open span of a period of days. */
    public Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }

    public LocalDateTime localTime(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone());
    }

    public Instant instantOf(LocalDateTime officeTime) {
        return officeTime.atZone(zone()).toInstant();
    }

    /** A time as an office reads it in lists and notices: its day and minute ("2026-11-30 16:56"); blank for none. */
    public String minute(Instant instant) {
        return instant == null ? "" : MINUTE.format(localTime(instant));
    }

    /** A time to the second, as the audit log shows it. */
    public String second(Instant instant) {
        return instant == null ? "" : SECOND.format(localTime(instant));
    }
}
