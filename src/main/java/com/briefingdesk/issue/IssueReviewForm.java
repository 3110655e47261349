package com.briefingdesk.issue;

import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.layout.MainLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** formKey {@code issue-review}: the head of the editing division (审核人) approves the issue or returns it with an opinion. */
@Route(value = "tasks/" + IssueTasks.REVIEW_FORM + "/:taskId", layout = MainLayout.class)
@RolesAllowed("REVIEWER")
public class IssueReviewForm extends IssueApprovalForm {

    public IssueReviewForm(IssueTasks tasks, IssueService issues, IssueFlow flow, CurrentUser currentUser,
                           OfficeClock clock) {
        super(tasks, issues, flow, currentUser, clock);
        setId("issue-review");
    }

    @Override
    String formKey() {
        return IssueTasks.REVIEW_FORM;
    }

    @Override
    String titleKey() {
        return "issue.review.title";
    }

    @Override
    String approveKey() {
        return "issue.review.approve";
    }

    @Override
    String returnKey() {
        return "issue.review.return";
    }

    @Override
    void decide(boolean approved, String opinionText) {
        tasks.review(user, taskId, approved ? IssueOpinion.Decision.APPROVE : IssueOpinion.Decision.RETURN, opinionText);
    }

    @Override
    IssueOpinion.Step step() {
        return IssueOpinion.Step.REVIEW;
    }
}
