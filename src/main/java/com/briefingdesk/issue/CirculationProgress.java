package com.briefingdesk.issue;

import com.briefingdesk.identity.AppUser;
import java.util.Collection;
import java.util.Map;

/**
 * How far a published issue's circulation has come (签收 m / n), for the list of issues. The issue feature only asks;
 * the circulation feature, which keeps the receipts, answers, so the dependency stays circulation → issue.
 */
public interface CirculationProgress {

    /** Of the units an issue was circulated to, how many have acknowledged it. */
    record Acknowledged(int acknowledged, int units) { }

    /**
     * Per issue among these that circulates to any unit; an issue without receipts is left out, and so is every
     * issue for a person who may not follow circulation.
     */
    Map<Long, Acknowledged> acknowledged(AppUser user, Collection<Long> issueIds);
}
