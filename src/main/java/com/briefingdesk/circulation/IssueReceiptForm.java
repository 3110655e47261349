package com.briefingdesk.circulation;

import com.briefingdesk.approval.TaskActionBar;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssuePreview;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.layout.MainLayout;
import com.briefingdesk.publication.IssueDocuments;
import com.briefingdesk.task.InboxView;
import com.briefingdesk.task.TaskGone;
import com.briefingdesk.task.TaskNotAvailableException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * formKey {@code issue-receipt}: a recipient reads the issue sent to their unit, downloads it if they like, and
 * acknowledges receipt (签收) for the unit.
 */
@Route(value = "tasks/" + Receipts.RECEIPT_FORM + "/:taskId", layout = MainLayout.class)
@RolesAllowed("RECIPIENT")
public class IssueReceiptForm extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Receipts receipts;
    private final IssueDocuments documents;
    private final AppUser user;
    private final OfficeClock clock;
    final Button acknowledge = new AcknowledgeButton(this::acknowledge);
    private String taskId;
    private Issue issue;

    public IssueReceiptForm(Receipts receipts, IssueDocuments documents, CurrentUser currentUser, OfficeClock clock) {
        this.receipts = receipts;
        this.documents = documents;
        this.user = currentUser.get();
        this.clock = clock;
        setId("issue-receipt");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("taskId").orElseThrow();
        removeAll();
        try {
            issue = receipts.issueOfTask(user, taskId);
        } catch (TaskNotAvailableException e) {
            add(TaskGone.notice());
            return;
        }
        IssuePreview preview = new IssuePreview(clock);
        preview.show(issue);
        add(new H2(getPageTitle()), new Paragraph(getTranslation("receipt.instructions")), acknowledge,
                new IssueDownloads(issue, user, documents, receipts), preview);
        add(TaskActionBar.forTask(taskId));
    }

    void acknowledge() {
        try {
            receipts.acknowledgeTask(user, taskId);
            Notices.success(getTranslation("receipt.done"));
            getUI().ifPresent(ui -> ui.navigate(InboxView.class));
        } catch (TaskNotAvailableException e) {
            Notices.error(getTranslation("task.notAvailable"));
        } catch (ValidationException e) {
            Notices.error(getTranslation(e.fieldMessageKeys().values().iterator().next()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("receipt.title", issue == null ? "" : issue.title());
    }
}
