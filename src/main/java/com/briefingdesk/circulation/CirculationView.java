package com.briefingdesk.circulation;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssueService;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.kernel.ui.Confirmation;
import com.briefingdesk.kernel.ui.FileDownload;
import com.briefingdesk.kernel.ui.KeptCurrent;
import com.briefingdesk.kernel.ui.ListColumns;
import com.briefingdesk.kernel.ui.ListHeight;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.kernel.ui.Punctuation;
import com.briefingdesk.layout.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * 传阅情况: for each receiving unit of a published issue, when it was told, opened and acknowledged it and by whom,
 * and how often it was reminded; an editor reminds a unit at once (催办), or every unit still waiting in one go, and
 * may list only those.
 */
@Route(value = "issues/:issueId([0-9]+)/circulation", layout = MainLayout.class)
@RolesAllowed({"EDITOR", "ADMIN"})
public class CirculationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Receipts receipts;
    private final IssueService issues;
    private final AppUser user;
    private final OfficeClock clock;
    final Grid<Receipt> grid = new Grid<>();
    final Span summary = new Span();
    final Checkbox waitingOnly = new Checkbox();
    final Button remindAll = new Button();
    final Anchor xlsx;
    private Issue issue;
    private int waiting;
    private Set<Long> withoutRecipient = Set.of(); // units waiting with nobody to acknowledge
    // units acknowledge while the editor watches
    private final KeptCurrent<List<Receipt>> kept = KeptCurrent.of(this, this::readReceipts, this::show);

    public CirculationView(Receipts receipts, IssueService issues, CurrentUser currentUser, OfficeClock clock) {
        this.receipts = receipts;
        this.issues = issues;
        this.user = currentUser.get();
        this.clock = clock;
        setId("circulation");
        summary.setId("circulation-summary");
        waitingOnly.setLabel(getTranslation("circulation.waitingOnly"));
        waitingOnly.setId("circulation-waiting-only");
        waitingOnly.addValueChangeListener(e -> refresh());
        remindAll.setId("remind-all");
        remindAll.addClickListener(e -> confirmRemindAll());
        xlsx = new Anchor(FileDownload.of(() -> "circulation-issue-" + issue.id() + ".xlsx",
                CirculationWorkbook.XLSX_TYPE, this::workbook), getTranslation("circulation.xlsx"));
        xlsx.setId("circulation-xlsx");
        // sortable, so that on a long list the units still waiting, or the latest to acknowledge, come first
        Collator byPinyin = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        grid.addColumn(Receipt::unitName).setHeader(getTranslation("circulation.unit")).setAutoWidth(true)
                .setComparator(Comparator.comparing(Receipt::unitName, byPinyin)).setKey("unit");
        grid.addColumn(r -> clock.minute(r.notifiedAt())).setHeader(getTranslation("circulation.notifiedAt"))
                .setAutoWidth(true).setComparator(ListColumns.byTime(Receipt::notifiedAt));
        // who opened and who signed, with the time: the two columns a long name may wrap in
        grid.addColumn(r -> who(r.openedAt(), r.openedByName())).setHeader(getTranslation("circulation.openedAt"))
                .setWidth("11em").setComparator(ListColumns.byTime(Receipt::openedAt));
        grid.addColumn(r -> !r.acknowledged() && withoutRecipient.contains(r.unitId())
                        ? getTranslation("circulation.noRecipient") : who(r.acknowledgedAt(), r.acknowledgedByName()))
                .setHeader(getTranslation("circulation.acknowledgedAt")).setWidth("11em")
                .setComparator(ListColumns.byTime(Receipt::acknowledgedAt)).setKey("acknowledged");
        grid.addColumn(Receipt::reminders).setHeader(getTranslation("circulation.reminders")).setAutoWidth(true)
                .setComparator(Comparator.comparingInt(Receipt::reminders));
        grid.addColumn(r -> clock.minute(r.lastRemindedAt())).setHeader(getTranslation("circulation.lastRemindedAt"))
                .setAutoWidth(true).setComparator(ListColumns.byTime(Receipt::lastRemindedAt));
        grid.addComponentColumn(this::remindButton).setHeader(getTranslation("inbox.actions")).setAutoWidth(true)
                .setKey("remind");
        ListColumns.titlesTakeTheRoom(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long issueId = event.getRouteParameters().getLong("issueId").orElseThrow();
        issue = issues.load(issueId);
        refresh(); // not found for an issue not yet published, as for one that does not exist
        removeAll();
        HorizontalLayout tools = new HorizontalLayout(waitingOnly, remindAll, xlsx);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getPageTitle()), summary, new Anchor(PublishedIssueView.ROUTE_PREFIX + issue.id(),
                getTranslation("issue.openPublished")), tools, grid);
    }

    private Button remindButton(Receipt receipt) {
        Button remind = new Button(getTranslation("circulation.remind"), e -> remind(receipt));
        remind.addThemeVariants(ButtonVariant.LUMO_SMALL);
        remind.setId("remind-" + receipt.unitId());
        remind.setVisible(!receipt.acknowledged() && !withoutRecipient.contains(receipt.unitId())); // nobody to tell
        return remind;
    }

    void remind(Receipt receipt) {
        try {
            receipts.remindNow(user, issue.id(), receipt.unitId());
            Notices.success(getTranslation("circulation.reminded", receipt.unitName()));
        } catch (ValidationException e) { // acknowledged, or its last recipient gone, meanwhile
            Notices.error(getTranslation(e.fieldMessageKeys().get("receipt"), receipt.unitName()));
        } catch (NotFoundException e) {
            Notices.error(getTranslation("receipt.alreadyAcknowledged"));
        }
        refresh();
    }

    private void confirmRemindAll() {
        Confirmation.ask("remind-all-confirm",
                getTranslation("circulation.remindAll.confirm", String.valueOf(waiting)),
                explainRemindAll(), getTranslation("circulation.remind"), this::remindAll);
    }

    private String explainRemindAll() {
        String explain = getTranslation("circulation.remindAll.explain");
        List<String> leftOut = receipts().stream().filter(r -> withoutRecipient.contains(r.unitId()))
                .map(Receipt::unitName).toList();
        return leftOut.isEmpty() ? explain : explain + " " + getTranslation("circulation.remindAll.leftOut",
                Punctuation.enumeration(this, leftOut));
    }

    void remindAll() {
        List<Receipt> reminded = receipts.remindAllNow(user, issue.id());
        if (reminded.isEmpty()) {
            Notices.error(getTranslation("circulation.remindAll.none")); // acknowledged meanwhile
        } else {
            Notices.success(getTranslation("circulation.remindAll.done", String.valueOf(reminded.size())));
        }
        refresh();
    }

    void refresh() {
        kept.load();
    }

    private List<Receipt> readReceipts() {
        return receipts.tracking(user, issue.id());
    }

    private void show(List<Receipt> all) {
        List<Receipt> unacknowledged = all.stream().filter(r -> !r.acknowledged()).toList();
        List<Receipt> shown = waitingOnly.getValue() ? unacknowledged : all;
        withoutRecipient = receipts.withoutRecipient(unacknowledged);
        grid.setItems(shown);
        ListHeight.fit(grid, shown.size());
        waiting = unacknowledged.size() - withoutRecipient.size(); // those a reminder reaches
        summary.setText(summaryOf(all));
        remindAll.setText(getTranslation("circulation.remindAll", String.valueOf(waiting)));
        remindAll.setVisible(waiting > 0);
        waitingOnly.setVisible(!all.isEmpty());
    }

    /** Every receiving unit, whatever the list shows, under the page's title and its summary line. */
    byte[] workbook() {
        List<Receipt> all = receipts.tracking(user, issue.id());
        List<String> headings = List.of(getTranslation("circulation.unit"), getTranslation("circulation.notifiedAt"),
                getTranslation("circulation.export.openedAt"), getTranslation("circulation.export.openedBy"),
                getTranslation("circulation.export.acknowledgedAt"),
                getTranslation("circulation.export.acknowledgedBy"), getTranslation("circulation.reminders"),
                getTranslation("circulation.lastRemindedAt"));
        return CirculationWorkbook.xlsx(getTranslation("circulation.export.title", getPageTitle(), summaryOf(all)),
                headings, all, clock::minute);
    }

    private String summaryOf(List<Receipt> all) {
        return all.isEmpty() ? getTranslation("circulation.none") : getTranslation("circulation.summary",
                String.valueOf(all.stream().filter(Receipt::acknowledged).count()), String.valueOf(all.size()));
    }

    List<Receipt> receipts() {
        return grid.getGenericDataView().getItems().toList();
    }

    private String who(Instant at, String name) {
        return at == null ? "" : clock.minute(at) + (name == null ? "" : " · " + name);
    }

    @Override
    public String getPageTitle() {
        return issue == null ? "" : getTranslation("circulation.title", issue.title());
    }
}
