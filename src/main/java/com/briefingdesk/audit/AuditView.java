package com.briefingdesk.audit;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.kernel.ui.FileDownload;
import com.briefingdesk.kernel.ui.InputTexts;
import com.briefingdesk.kernel.ui.LoadedOnArrival;
import com.briefingdesk.layout.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** 审计日志: administrators search who did what, when and from where, and take the result away as a file. */
@Route(value = "admin/audit", layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_AUTHORITY)
public class AuditView extends VerticalLayout implements HasDynamicTitle, LoadedOnArrival {

    private final AuditSearch search;
    private final AppUser admin;
    private final OfficeClock clock;
    final TextField person = new TextField();
    final ComboBox<AuditAction> action = new ComboBox<>();
    final TextField objectType = new TextField();
    final TextField objectId = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final TextField words = new TextField();
    final Button find = new Button();
    final Span count = new Span();
    final Grid<AuditEvent> grid = new Grid<>();
    final Anchor xlsx;
    final Anchor csv;
    private AuditQuery query = AuditQuery.EVERYTHING;

    public AuditView(AuditSearch search, CurrentUser currentUser, OfficeClock clock) {
        this.search = search;
        this.admin = currentUser.get();
        this.clock = clock;
        setId("audit");
        person.setLabel(getTranslation("audit.search.person"));
        person.setId("audit-person");
        action.setLabel(getTranslation("audit.search.action"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(this::label);
        action.setClearButtonVisible(true);
        action.setId("audit-action");
        objectType.setLabel(getTranslation("audit.search.objectType"));
        objectType.setId("audit-object-type");
        objectId.setLabel(getTranslation("audit.search.objectId"));
        objectId.setId("audit-object-id");
        InputTexts.localize(from);
        from.setLabel(getTranslation("audit.search.from"));
        from.setId("audit-from");
        InputTexts.localize(to);
        to.setLabel(getTranslation("audit.search.to"));
        to.setId("audit-to");
        words.setLabel(getTranslation("audit.search.words"));
        words.setId("audit-words");
        find.setText(getTranslation("audit.search.find"));
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.setId("audit-find");
        find.addClickListener(e -> find());
        count.setId("audit-count");

        grid.setId("audit-grid");
        column(e -> clock.second(e.at()), "audit.column.at");
        column(e -> e.actor() == null ? getTranslation("audit.system") : e.actor(), "audit.column.actor");
        column(e -> label(e.action()), "audit.column.action");
        column(e -> e.objectType() == null ? "" : e.objectType() + " " + (e.objectId() == null ? "" : e.objectId()),
                "audit.column.object");
        // A long detail or browser keeps its row to one line; its whole text shows on pointing at it.
        grid.addColumn(AuditEvent::detail).setHeader(getTranslation("audit.column.detail")).setFlexGrow(3)
                .setTooltipGenerator(AuditEvent::detail);
        column(AuditEvent::clientIp, "audit.column.ip");
        grid.addColumn(AuditEvent::userAgent).setHeader(getTranslation("audit.column.userAgent")).setFlexGrow(1)
                .setTooltipGenerator(AuditEvent::userAgent);

        xlsx = new Anchor(download("xlsx", AuditExport.XLSX_TYPE, rows -> AuditExport.xlsx(headings(), rows)),
                getTranslation("audit.export.xlsx"));
        xlsx.setId("audit-xlsx");
        csv = new Anchor(download("csv", AuditExport.CSV_TYPE, rows -> AuditExport.csv(headings(), rows)),
                getTranslation("audit.export.csv"));
        csv.setId("audit-csv");

        HorizontalLayout who = new HorizontalLayout(person, action, objectType, objectId);
        HorizontalLayout when = new HorizontalLayout(from, to, words, find);
        when.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout files = new HorizontalLayout(count, xlsx, csv);
        files.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getPageTitle()), who, when, files, grid);
    }

    /** Arriving, choosing the menu item again included, searches as the fields stand: what was done meanwhile shows. */
    @Override
    public void load() {
        find();
    }

    private void column(ValueProvider<AuditEvent, String> value, String heading) {
        grid.addColumn(value).setHeader(getTranslation(heading)).setAutoWidth(true);
    }

    /** Searches; a period that ends before it starts is refused at its last day, nothing typed is lost. */
    void find() {
        to.setInvalid(false);
        try {
            query = new AuditQuery(person.getValue(), action.getValue(), objectType.getValue(), objectId.getValue(),
                    from.getValue(), to.getValue(), words.getValue());
        } catch (ValidationException e) {
            to.setErrorMessage(getTranslation(e.fieldMessageKeys().get("to")));
            to.setInvalid(true);
            return;
        }
        List<AuditEvent> found = search.search(admin, query);
        boolean more = found.size() > AuditSearch.SHOWN;
        grid.setItems(more ? found.subList(0, AuditSearch.SHOWN) : found);
        count.setText(more ? getTranslation("audit.count.more", AuditSearch.SHOWN)
                : getTranslation("audit.count", found.size()));
    }

    List<String> headings() {
        return List.of(getTranslation("audit.column.at"), getTranslation("audit.column.actor"),
                getTranslation("audit.column.action"), getTranslation("audit.column.objectType"),
                getTranslation("audit.column.objectId"), getTranslation("audit.column.detail"),
                getTranslation("audit.column.ip"), getTranslation("audit.column.userAgent"));
    }

    /** The rows of the last search, all of them, as the file's lines. */
    List<List<String>> exportRows() {
        return search.export(admin, query).stream().map(e -> Arrays.asList(
                clock.second(e.at()), e.actor() == null ? getTranslation("audit.system") : e.actor(),
                label(e.action()), e.objectType(), e.objectId(), e.detail(), e.clientIp(), e.userAgent())).toList();
    }

    private String label(AuditAction a) {
        return getTranslation("audit.action." + a.name());
    }

    private DownloadHandler download(String extension, String contentType, Function<List<List<String>>, byte[]> file) {
        return FileDownload.of(() -> "audit-trail." + extension, contentType, () -> file.apply(exportRows()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
