package com.briefingdesk.monitoring;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssueService;
import com.briefingdesk.kernel.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Issues under monitoring: their opinions (issue_opinion) make their timeline. */
@Component
class IssueMonitoring implements MonitoredProcess {

    private final IssueService issues;

    IssueMonitoring(IssueService issues) {
        this.issues = issues;
    }

    @Override
    public String processKey() {
        return IssueService.PROCESS_KEY;
    }

    @Override
    public String kindLabelKey() {
        return "monitoring.kind.issue";
    }

    @Override
    public Optional<Subject> find(AppUser admin, long id) {
        try {
            Issue i = issues.find(admin, id);
            return Optional.of(new Subject(i.id(), i.title(), i.series().issuingOffice(), i.status().messageKey(),
                    i.processInstanceId()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<TimelineEntry> domainTimeline(AppUser admin, long id) {
        return issues.opinions(admin, id).stream().map(o -> new TimelineEntry(o.at(), TimelineEntry.Source.RECORD,
                "issue.step." + o.step().name(), o.actorName(), o.decision().messageKey(),
                o.opinion())).toList();
    }
}
