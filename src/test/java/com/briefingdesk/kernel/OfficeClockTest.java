package com.briefingdesk.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import com.briefingdesk.Office;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * An office in Nanjing on a server kept in UTC: at 17:30 UTC on 30 November it is already 01:30 on 1 December in
 * the office, and that is the day and the time the system reckons and shows.
 */
class OfficeClockTest {

    final Instant evening = Instant.parse("2026-11-30T17:30:00Z");
    final OfficeClock clock = new OfficeClock(Clock.fixed(evening, Office.ZONE));

    @Test
    void theDayIsTheOfficesNotTheServers() {
        assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(clock.dayOf(evening)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(clock.now()).isEqualTo(evening);
    }

    @Test
    void timesAreShownAsTheOfficesClocksShowThem() {
        assertThat(clock.minute(evening)).isEqualTo("2026-12-01 01:30");
        assertThat(clock.second(evening.plusSeconds(7))).isEqualTo("2026-12-01 01:30:07");
        assertThat(clock.minute(null)).isEmpty();
        assertThat(clock.localTime(evening)).isEqualTo(LocalDateTime.of(2026, 12, 1, 1, 30));
        assertThat(clock.instantOf(LocalDateTime.of(2026, 12, 1, 1, 30))).isEqualTo(evening);
    }

    @Test
    void anOfficeDaySpansFromItsMidnightToTheNext() {
        LocalDate first = LocalDate.of(2026, 12, 1);
        assertThat(clock.startOf(first)).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(clock.endOf(first)).isEqualTo(Instant.parse("2026-12-01T16:00:00Z"));
    }
}
