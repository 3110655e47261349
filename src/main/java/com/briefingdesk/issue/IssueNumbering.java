package com.briefingdesk.issue;

import com.briefingdesk.kernel.OfficeClock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a signed-off issue its number in the year (第 N 期, a supplement 增刊第 N 期 counted apart) and its serial
 * number (苏简字 N 号, one counter for the series, supplements included). Both counters are
 * taken in the sign-off's transaction under row locks: concurrent sign-offs get distinct, consecutive numbers,
 * and a sign-off that fails takes none, so there are no gaps.
 */
@Component("issueNumbering")
public class IssueNumbering {

    private final IssueRepository issues;
    private final SeriesRepository series;
    private final OfficeClock clock;

    IssueNumbering(IssueRepository issues, SeriesRepository series, OfficeClock clock) {
        this.issues = issues;
        this.series = series;
        this.clock = clock;
    }

    @Transactional
    public void assign(Long issueId) {
        IssueRepository.Row issue = issues.findForUpdate(issueId).orElseThrow();
        if (issue.numberInYear() != null) {
            return; // numbered already: a retried job must not take a second number
        }
        // numbered in the year of the date it carries, which may be the next for an issue set to go out in January
        int year = Issue.datePrinted(issue.issueDate(), clock.today()).getYear();
        int number = series.takeNumber(issue.seriesId(), year, issue.supplement());
        int serial = series.takeSerial(issue.seriesId());
        issues.setNumbers(issueId, year, number, serial);
    }
}
