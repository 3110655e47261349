package com.briefingdesk.publication.sheet;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ui.Punctuation;
import com.briefingdesk.layout.MainLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;

/** 审批单 of an issue on screen, and as the PDF to print and file. Linked from the issue's page. */
@Route(value = "issues/:issueId([0-9]+)/approval-sheet", layout = MainLayout.class)
@RolesAllowed({"EDITOR", "REVIEWER", "SIGNATORY", "ADMIN"})
public class ApprovalSheetView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ApprovalSheets sheets;
    private final ApprovalSheetRenderer renderer;
    private final AppUser user;
    private final OfficeClock clock;
    final Grid<ApprovalSheet.Step> steps = new Grid<>();
    Anchor pdf;
    private ApprovalSheet sheet;

    public ApprovalSheetView(ApprovalSheets sheets, ApprovalSheetRenderer renderer, CurrentUser currentUser,
                             OfficeClock clock) {
        this.sheets = sheets;
        this.renderer = renderer;
        this.user = currentUser.get();
        this.clock = clock;
        setId("approval-sheet");
        steps.setId("approval-steps");
        steps.addColumn(s -> getTranslation(s.stepKey())).setHeader(getTranslation("approval.sheet.step"))
                .setAutoWidth(true);
        steps.addColumn(s -> s.decisionKey() == null ? "" : getTranslation(s.decisionKey())).setHeader(getTranslation("approval.sheet.decision"))
                .setAutoWidth(true);
        steps.addColumn(s -> s.opinion() == null ? "" : s.opinion()).setHeader(getTranslation("approval.sheet.opinion"))
                .setFlexGrow(3);
        steps.addColumn(ApprovalSheet.Step::person).setHeader(getTranslation("approval.sheet.person")).setAutoWidth(true);
        steps.addColumn(s -> roleOf(s)).setHeader(getTranslation("approval.sheet.role")).setAutoWidth(true);
        steps.addColumn(s -> clock.minute(s.at())).setHeader(getTranslation("approval.sheet.time")).setAutoWidth(true);
        steps.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sheet = sheets.of(user, event.getRouteParameters().getLong("issueId").orElseThrow());
        removeAll();
        StreamResource resource = new StreamResource("approval-sheet-" + sheet.issueId() + ".pdf",
                () -> new ByteArrayInputStream(renderer.render(sheets.of(user, sheet.issueId()))));
        resource.setContentType("application/pdf");
        pdf = new Anchor(resource, getTranslation("approval.sheet.download"));
        pdf.getElement().setAttribute("download", true);
        pdf.setId("approval-sheet-pdf");
        String none = getTranslation("approval.sheet.none");
        Paragraph what = new Paragraph(Punctuation.labelled(this, getTranslation("approval.sheet.number"),
                orNone(sheet.number(), none)) + " · " + Punctuation.labelled(this,
                getTranslation("approval.sheet.serial"), orNone(sheet.serial(), none)) + " · "
                + getTranslation("approval.sheet.printCount", sheet.printCount()));
        what.setId("approval-sheet-numbers");
        steps.setItems(sheet.steps());
        add(new H2(getPageTitle()), what, pdf, steps);
    }

    private String roleOf(ApprovalSheet.Step step) {
        String role = getTranslation(step.roleKey());
        return role.startsWith("!") ? "" : role;
    }

    private static String orNone(String value, String none) {
        return value == null ? none : value;
    }

    @Override
    public String getPageTitle() {
        return sheet == null ? "" : sheet.issueTitle() + " · " + getTranslation("approval.sheet.heading");
    }
}
