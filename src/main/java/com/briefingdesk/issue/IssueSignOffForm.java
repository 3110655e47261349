package com.briefingdesk.issue;

import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.layout.MainLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** formKey {@code issue-signoff}: the office leader signs the issue off (签发), which numbers it, or returns it. */
@Route(value = "tasks/" + IssueTasks.SIGN_OFF_FORM + "/:taskId", layout = MainLayout.class)
@RolesAllowed("SIGNATORY")
public class IssueSignOffForm extends IssueApprovalForm {

    public IssueSignOffForm(IssueTasks tasks, IssueService issues, IssueFlow flow, CurrentUser currentUser,
                            OfficeClock clock) {
        super(tasks, issues, flow, currentUser, clock);
        setId("issue-signoff");
    }

    @Override
    String formKey() {
        return IssueTasks.SIGN_OFF_FORM;
    }

    @Override
    String titleKey() {
        return "issue.signOff.title";
    }

    @Override
    String approveKey() {
        return "issue.signOff.approve";
    }

    @Override
    String returnKey() {
        return "issue.signOff.return";
    }

    /** 签发 usually carries the standard phrase; the signatory may change it. */
    @Override
    String defaultOpinion() {
        return getTranslation("issue.signOff.defaultOpinion");
    }

    @Override
    void decide(boolean approved, String opinionText) {
        tasks.signOff(user, taskId, approved ? IssueOpinion.Decision.APPROVE : IssueOpinion.Decision.RETURN, opinionText);
    }

    @Override
    IssueOpinion.Step step() {
        return IssueOpinion.Step.SIGN_OFF;
    }
}
