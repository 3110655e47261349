package com.briefingdesk.circulation;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssuePreview;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.layout.MainLayout;
import com.briefingdesk.publication.IssueDocuments;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/**
 * A published issue, read online: as printed, with its PDF and .docx. A recipient of a unit it circulates to sees
 * whether the unit has acknowledged receipt, and acknowledges here too. Anyone else, and any issue not yet
 * published, is answered as not found.
 */
@Route(value = PublishedIssueView.ROUTE_PREFIX + ":issueId([0-9]+)", layout = MainLayout.class)
@PermitAll
public class PublishedIssueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE_PREFIX = "published/";

    private final Receipts receipts;
    private final IssueDocuments documents;
    private final AppUser user;
    private final OfficeClock clock;
    final Button acknowledge = new AcknowledgeButton(this::acknowledge);
    private Issue issue;

    public PublishedIssueView(Receipts receipts, IssueDocuments documents, CurrentUser currentUser, OfficeClock clock) {
        this.receipts = receipts;
        this.documents = documents;
        this.user = currentUser.get();
        this.clock = clock;
        setId("published-issue");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        issue = receipts.read(user, event.getRouteParameters().getLong("issueId").orElseThrow());
        render();
    }

    private void render() {
        removeAll();
        Span published = new Span(getTranslation("published.at", clock.minute(issue.publishedAt())));
        HorizontalLayout meta = new HorizontalLayout(published);
        meta.addClassName("article-meta");
        receipts.receiptOfMyUnit(user, issue.id()).ifPresent(receipt -> {
            Span state = new Span(receipt.acknowledged()
                    ? getTranslation("receipt.acknowledgedBy", receipt.acknowledgedByName(),
                            clock.minute(receipt.acknowledgedAt()))
                    : getTranslation("receipt.pending"));
            state.setId("receipt-state");
            state.getElement().getThemeList().add(receipt.acknowledged() ? "badge success" : "badge contrast");
            meta.add(state);
            if (!receipt.acknowledged()) {
                meta.add(acknowledge);
            }
        });
        meta.setAlignItems(Alignment.BASELINE);
        IssuePreview preview = new IssuePreview(clock);
        preview.show(issue);
        add(new H2(getPageTitle()), meta, new IssueDownloads(issue, user, documents, receipts), preview);
    }

    void acknowledge() {
        try {
            receipts.acknowledge(user, issue.id());
            Notices.success(getTranslation("receipt.done"));
        } catch (ValidationException e) {
            Notices.error(getTranslation(e.fieldMessageKeys().values().iterator().next()));
        }
        render();
    }

    Optional<Issue> issue() {
        return Optional.ofNullable(issue);
    }

    @Override
    public String getPageTitle() {
        return issue == null ? "" : issue.title();
    }
}
