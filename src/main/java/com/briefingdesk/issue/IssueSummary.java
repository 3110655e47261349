package com.briefingdesk.issue;

import java.time.Instant;

/**
 * One line of the list of issues: what the issue is and where it stands, without its articles, recipients or
 * opinions, so that years of issues list in one query.
 */
public record IssueSummary(long id, long seriesId, String seriesTitle, String serialPrefix, IssueStatus status,
                           boolean supplement, Integer year, Integer numberInYear, Integer serialNumber,
                           int articleCount, Instant createdAt, String processInstanceId) {

    public boolean numbered() {
        return numberInYear != null;
    }

    /** 苏简字 N 号, or null before sign-off. */
    public String serialLabel() {
        return Issue.serialLabel(serialPrefix, serialNumber);
    }
}
