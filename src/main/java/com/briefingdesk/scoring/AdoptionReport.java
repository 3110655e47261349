package com.briefingdesk.scoring;

import com.briefingdesk.issue.BriefingSeries;
import com.briefingdesk.monitoring.StatisticsPeriod;
import java.util.List;

/**
 * 信息采用通报 of a series for a month or quarter: every submitting unit ranked by points. {@code ruleFound} is
 * false when the series has no rule table for the year, so every point is zero.
 */
public record AdoptionReport(BriefingSeries series, StatisticsPeriod period, ScoringRule rule, boolean ruleFound,
                             List<UnitScore> units) {

    public AdoptionReport {
        units = List.copyOf(units);
    }
}
