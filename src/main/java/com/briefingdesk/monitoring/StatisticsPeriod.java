package com.briefingdesk.monitoring;

import com.briefingdesk.kernel.ValidationException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Map;

/** The days a statistic covers, first and last included: a month, a quarter, a year, or any span. */
public record StatisticsPeriod(LocalDate from, LocalDate to) {

    public enum Kind { MONTH, QUARTER, YEAR, CUSTOM }

    public StatisticsPeriod {
        if (from == null) {
            throw new ValidationException(Map.of("from", "statistics.period.fromRequired"));
        }
        if (to == null) {
            throw new ValidationException(Map.of("to", "statistics.period.toRequired"));
        }
        if (to.isBefore(from)) {
            throw new ValidationException(Map.of("to", "statistics.period.endBeforeStart"));
        }
    }

    /** The month, quarter or year holding {@code day}. */
    public static StatisticsPeriod around(Kind kind, LocalDate day) {
        if (day == null) {
            throw new ValidationException(Map.of("from", "statistics.period.fromRequired"));
        }
        return switch (kind) {
            case MONTH -> new StatisticsPeriod(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()));
            case QUARTER -> {
                LocalDate first = day.withMonth((day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1).withDayOfMonth(1);
                yield new StatisticsPeriod(first, first.plusMonths(3).minusDays(1));
            }
            case YEAR -> new StatisticsPeriod(day.withDayOfYear(1), day.withDayOfYear(day.lengthOfYear()));
            case CUSTOM -> throw new IllegalArgumentException("a custom period has its own first and last day");
        };
    }

    /** For file names: 2026-01-01_2026-03-31. */
    public String slug() {
        return from + "_" + to;
    }
}
