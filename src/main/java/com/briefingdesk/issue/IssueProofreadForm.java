package com.briefingdesk.issue;

import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.layout.MainLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** formKey {@code issue-proofread}: an editor proofreads the composed issue, or sends it back to composition. */
@Route(value = "tasks/" + IssueTasks.PROOFREAD_FORM + "/:taskId", layout = MainLayout.class)
@RolesAllowed(com.briefingdesk.identity.Role.EDITOR_AUTHORITY)
public class IssueProofreadForm extends IssueApprovalForm {

    public IssueProofreadForm(IssueTasks tasks, IssueService issues, IssueFlow flow, CurrentUser currentUser,
                              OfficeClock clock) {
        super(tasks, issues, flow, currentUser, clock);
        setId("issue-proofread");
    }

    @Override
    String formKey() {
        return IssueTasks.PROOFREAD_FORM;
    }

    @Override
    String titleKey() {
        return "issue.proofread.title";
    }

    @Override
    String approveKey() {
        return "issue.proofread.done";
    }

    @Override
    String returnKey() {
        return "issue.proofread.back";
    }

    @Override
    void decide(boolean approved, String opinionText) {
        tasks.proofread(user, taskId, approved, opinionText);
    }

    @Override
    IssueOpinion.Step step() {
        return IssueOpinion.Step.PROOFREAD;
    }

    /** Only composing lies behind proofreading: the return button already goes there. */
    @Override
    boolean offersReturnToStep() {
        return false;
    }
}
