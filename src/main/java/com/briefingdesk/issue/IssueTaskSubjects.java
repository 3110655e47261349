package com.briefingdesk.issue;

import com.briefingdesk.task.TaskSubject;
import com.briefingdesk.task.TaskSubjects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Names the issue behind an issue-process task in the inbox as {@link Issue#title()} does. */
@Component
class IssueTaskSubjects implements TaskSubjects {

    private final IssueRepository issues;
    private final SeriesRepository series;

    IssueTaskSubjects(IssueRepository issues, SeriesRepository series) {
        this.issues = issues;
        this.series = series;
    }

    @Override
    public Optional<TaskSubject> subjectOf(String processDefinitionKey, String businessKey) {
        if (!IssueService.PROCESS_KEY.equals(processDefinitionKey) || businessKey.isEmpty()) {
            return Optional.empty();
        }
        return issues.find(Long.parseLong(businessKey)).flatMap(issue -> series.find(issue.seriesId())
                .map(s -> new TaskSubject(Issue.title(s.title(), issue.supplement(), issue.year(),
                        issue.numberInYear()), s.issuingOffice())));
    }
}
