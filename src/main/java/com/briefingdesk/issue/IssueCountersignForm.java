package com.briefingdesk.issue;

import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.layout.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * formKey {@code issue-countersign}: one member's part of a countersign (会签). Shows the rule and where every
 * member stands, the opinions so far, and lets the member approve, return (to the editor or an earlier step), or add
 * another reviewer (加签).
 */
@Route(value = "tasks/" + CountersignTasks.COUNTERSIGN_FORM + "/:taskId", layout = MainLayout.class)
@RolesAllowed("REVIEWER")
public class IssueCountersignForm extends IssueApprovalForm {

    private final CountersignTasks countersigns;
    final Button addSigner = new Button();
    /** Who has decided so far; shown again when someone is added. */
    private CountersignMembers members;

    public IssueCountersignForm(IssueTasks tasks, IssueService issues, IssueFlow flow, CountersignTasks countersigns,
                                CurrentUser currentUser, OfficeClock clock) {
        super(tasks, issues, flow, currentUser, clock);
        this.countersigns = countersigns;
        setId("issue-countersign");
        addSigner.setText(getTranslation("flow.addSigner.open"));
        addSigner.setId("add-signer");
        addSigner.addClickListener(e -> openAddSigner());
    }

    @Override
    String formKey() {
        return CountersignTasks.COUNTERSIGN_FORM;
    }

    @Override
    String titleKey() {
        return "flow.countersign.formTitle";
    }

    @Override
    String approveKey() {
        return "flow.countersign.approve";
    }

    @Override
    String returnKey() {
        return "issue.review.return";
    }

    @Override
    IssueOpinion.Step step() {
        return IssueOpinion.Step.REVIEW;
    }

    @Override
    List<Component> sections() {
        Countersign countersign = countersigns.of(issue.id()).orElseThrow();
        members = new CountersignMembers(countersign);
        return List.of(new H3(getTranslation("flow.countersign.heading", getTranslation(countersign.rule().messageKey()))),
                members);
    }

    @Override
    List<Component> actions() {
        return List.of(addSigner);
    }

    void openAddSigner() {
        new AddSignerDialog(countersigns, user, taskId, countersigns.of(issue.id()).orElseThrow(),
                grown -> members.show(grown)).open();
    }

    @Override
    void decide(boolean approved, String opinionText) {
        countersigns.decide(user, taskId, approved ? IssueOpinion.Decision.APPROVE : IssueOpinion.Decision.RETURN,
                opinionText, IssueOpinion.Step.COMPOSE);
    }
}
