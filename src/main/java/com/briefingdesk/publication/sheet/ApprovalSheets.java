package com.briefingdesk.publication.sheet;

import com.briefingdesk.approval.TaskActionLog;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssueArticle;
import com.briefingdesk.issue.IssueOpinion;
import com.briefingdesk.issue.IssueService;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * Assembles the approval sheet of an issue from its record, for those who may read the issue: the opinions of its
 * steps, and in their place in time the opinions colleagues gave when asked (委派).
 */
@Service
public class ApprovalSheets {

    private final IssueService issues;
    private final TaskActionLog actionLog;

    ApprovalSheets(IssueService issues, TaskActionLog actionLog) {
        this.issues = issues;
        this.actionLog = actionLog;
    }

    public ApprovalSheet of(AppUser user, long issueId) {
        Issue issue = issues.find(user, issueId); // not found for those who may not read it
        return new ApprovalSheet(issue.id(), issue.series().title(), issue.series().issuingOffice(),
                issue.title(),
                issue.numbered() ? issue.year() + " 年" + issue.numberLabel() : null, issue.serialLabel(),
                issue.printCount(), issue.articles().stream().map(IssueArticle::title).toList(),
                steps(user, issue));
    }

    private List<ApprovalSheet.Step> steps(AppUser user, Issue issue) {
        Stream<ApprovalSheet.Step> asked = issue.processInstanceId() == null ? Stream.empty()
                : actionLog.ofProcess(issue.processInstanceId()).stream()
                .filter(act -> act.kind() == TaskActionLog.Kind.RESOLVED)
                .map(act -> new ApprovalSheet.Step(act.kind().messageKey(), null, act.reason(), act.actorName(),
                        "approval.sheet.role.ASKED", act.at()));
        return Stream.concat(issues.opinions(user, issue.id()).stream().map(ApprovalSheets::step), asked)
                .sorted(Comparator.comparing(ApprovalSheet.Step::at)).toList();
    }

    private static ApprovalSheet.Step step(IssueOpinion opinion) {
        return new ApprovalSheet.Step("issue.step." + opinion.step().name(),
                "issue.decision." + opinion.decision().name(), opinion.opinion(), opinion.actorName(),
                "approval.sheet.role." + opinion.step().name(), opinion.at());
    }
}
