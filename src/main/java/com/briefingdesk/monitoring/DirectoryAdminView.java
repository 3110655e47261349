package com.briefingdesk.monitoring;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.identity.PasswordPolicy;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.RoleNames;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.identity.UnitStaffing;
import com.briefingdesk.issue.SeriesAdminView;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.SearchWords;
import com.briefingdesk.kernel.ui.FieldProblems;
import com.briefingdesk.kernel.ui.ListHeight;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.kernel.ui.SearchField;
import com.briefingdesk.layout.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Units and people: create units, create logins with roles and an initial password, reset a password, deactivate a
 * person (saying where their open tasks go). Briefing series are kept in their own view, linked from here.
 */
@Route(value = "admin/directory", layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_AUTHORITY)
public class DirectoryAdminView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The query parameter, as the dashboard links here, that lists only the units with roles nobody holds. */
    static final String GAPS_ONLY = "gaps";

    private final DirectoryAdmin directoryAdmin;
    private final DeactivationDialog.Factory deactivation;
    private final AppUser admin;
    final Grid<Unit> units = new Grid<>();
    final SearchField unitWords = new SearchField();
    final Checkbox gapsOnly = new Checkbox();
    final TextField unitCode = new TextField();
    final TextField unitName = new TextField();
    final Select<Unit.Kind> unitKind = new Select<>();
    final Button createUnit = new Button();
    final Grid<AppUser> people = new Grid<>();
    final SearchField peopleWords = new SearchField();
    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final TextField email = new TextField();
    final ComboBox<Unit> unit = new ComboBox<>();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final PasswordField password = new PasswordField();
    final Button createPerson = new Button();
    private final FieldProblems unitProblems;
    private final FieldProblems personProblems;
    private UnitStaffing staffing = new UnitStaffing(List.of()); // of the people as last read

    public DirectoryAdminView(DirectoryAdmin directoryAdmin, DeactivationDialog.Factory deactivation,
                              CurrentUser currentUser) {
        this.directoryAdmin = directoryAdmin;
        this.deactivation = deactivation;
        this.admin = currentUser.get();
        setId("directory-admin");

        units.setId("units");
        units.addColumn(Unit::code).setHeader(getTranslation("directory.unit.code")).setAutoWidth(true);
        units.addColumn(Unit::name).setHeader(getTranslation("directory.unit.name")).setFlexGrow(2);
        units.addColumn(u -> getTranslation("directory.unit.kind." + u.kind().name()))
                .setHeader(getTranslation("directory.unit.kind")).setAutoWidth(true);
        units.addComponentColumn(this::unitApprovalToggle).setHeader(getTranslation("unitapproval.directory.required"))
                .setAutoWidth(true);
        units.addComponentColumn(this::rolesNobodyHolds).setHeader(getTranslation("directory.unit.rolesNobodyHolds"))
                .setAutoWidth(true).setKey("roles-nobody-holds");
        unitWords.setLabel(getTranslation("directory.unit.find"));
        unitWords.setId("units-words");
        unitWords.setWidth("20em");
        unitWords.addValueChangeListener(e -> showUnits());
        gapsOnly.setLabel(getTranslation("directory.unit.gapsOnly"));
        gapsOnly.setId("units-gaps-only");
        gapsOnly.addValueChangeListener(e -> showUnits());
        HorizontalLayout unitFilters = new HorizontalLayout(unitWords, gapsOnly);
        unitFilters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        unitCode.setLabel(getTranslation("directory.unit.code"));
        unitCode.setHelperText(getTranslation("directory.unit.code.help"));
        unitCode.setId("unit-code");
        unitName.setLabel(getTranslation("directory.unit.name"));
        unitName.setId("unit-name");
        unitKind.setLabel(getTranslation("directory.unit.kind"));
        unitKind.setItems(Unit.Kind.values());
        unitKind.setItemLabelGenerator(k -> getTranslation("directory.unit.kind." + k.name()));
        unitKind.setValue(Unit.Kind.MEMBER);
        unitKind.setId("unit-kind");
        createUnit.setText(getTranslation("directory.unit.create"));
        createUnit.setId("create-unit");
        createUnit.addClickListener(e -> createUnit());
        unitProblems = new FieldProblems(this, Map.of("code", unitCode, "name", unitName, "kind", unitKind), unitCode);
        HorizontalLayout unitForm = new HorizontalLayout(unitCode, unitName, unitKind, createUnit);
        unitForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        people.setId("people");
        people.addColumn(AppUser::username).setHeader(getTranslation("directory.user.username")).setAutoWidth(true);
        people.addColumn(AppUser::displayName).setHeader(getTranslation("directory.user.displayName"))
                .setAutoWidth(true);
        people.addColumn(AppUser::unitName).setHeader(getTranslation("directory.user.unit")).setAutoWidth(true);
        people.addColumn(u -> RoleNames.of(this, u.roles()))
                .setHeader(getTranslation("directory.user.roles")).setFlexGrow(2);
        people.addColumn(u -> getTranslation(u.active() ? "directory.user.active" : "directory.user.inactive"))
                .setHeader(getTranslation("directory.user.state")).setAutoWidth(true);
        people.addComponentColumn(this::personActions).setHeader(getTranslation("inbox.actions")).setAutoWidth(true);
        peopleWords.setLabel(getTranslation("directory.user.find"));
        peopleWords.setId("people-words");
        peopleWords.setWidth("20em");
        peopleWords.addValueChangeListener(e -> showPeople());
        username.setLabel(getTranslation("directory.user.username"));
        username.setId("person-username");
        displayName.setLabel(getTranslation("directory.user.displayName"));
        displayName.setId("person-display-name");
        unit.setLabel(getTranslation("directory.user.unit"));
        unit.setItemLabelGenerator(Unit::name);
        unit.setId("person-unit");
        roles.setLabel(getTranslation("directory.user.roles"));
        roles.setItems(EnumSet.allOf(Role.class));
        roles.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        roles.setId("person-roles");
        password.setLabel(getTranslation("directory.user.initialPassword"));
        password.setHelperText(getTranslation("directory.password.help", PasswordPolicy.MIN_LENGTH));
        password.setId("person-password");
        createPerson.setText(getTranslation("directory.user.create"));
        createPerson.setId("create-person");
        createPerson.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        createPerson.addClickListener(e -> createPerson());
        email.setLabel(getTranslation("directory.user.email"));
        email.setHelperText(getTranslation("directory.user.email.help"));
        email.setId("person-email");
        personProblems = new FieldProblems(this, Map.of("username", username, "displayName", displayName,
                "email", email, "unit", unit, "roles", roles, "password", password), username);
        FormLayout personForm = new FormLayout(username, displayName, unit, password, email, roles);

        RouterLink series = new RouterLink(getTranslation("directory.seriesLink"), SeriesAdminView.class);
        series.setId("series-link");
        add(new H2(getPageTitle()), series,
                new H3(getTranslation("directory.units")), unitFilters, units, unitForm,
                new H3(getTranslation("directory.people")), peopleWords, people, personForm, createPerson);
        refresh();
    }

    private HorizontalLayout personActions(AppUser person) {
        Button edit = new Button(getTranslation("directory.user.edit"), e -> edit(person));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.setId("edit-" + person.username());
        edit.setEnabled(person.active());
        Button reset = new Button(getTranslation("directory.password.reset"), e -> resetPassword(person));
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reset.setId("reset-" + person.username());
        Button leave = new Button(getTranslation("directory.deactivate"), e -> deactivate(person));
        leave.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        leave.setId("deactivate-" + person.username());
        leave.setEnabled(person.active() && person.id() != admin.id());
        reset.setEnabled(person.active() && person.id() != admin.id());
        Button unlock = new Button(getTranslation("security.unlock"), e -> unlock(person));
        unlock.addThemeVariants(ButtonVariant.LUMO_SMALL);
        unlock.setId("unlock-" + person.username());
        unlock.setVisible(directoryAdmin.isLocked(admin, person));
        return new HorizontalLayout(edit, reset, leave, unlock);
    }

    /** Opens a login locked after too many failed attempts. */
    public void unlock(AppUser person) {
        directoryAdmin.unlock(admin, person);
        Notices.success(getTranslation("security.unlocked", person.username()));
        refresh();
    }

    /** What the unit needs and nobody active there holds: work of that role would wait for nobody. */
    private Span rolesNobodyHolds(Unit row) {
        List<Role> missing = staffing.rolesNobodyHolds(row);
        Span roles = new Span(RoleNames.of(this, missing));
        if (!missing.isEmpty()) {
            roles.getElement().getThemeList().add("badge error");
        }
        return roles;
    }

    private Checkbox unitApprovalToggle(Unit row) {
        Checkbox required = new Checkbox(row.requiresLeaderApproval());
        required.setId("unit-approval-" + row.code());
        required.setAriaLabel(getTranslation("unitapproval.directory.required") + " " + row.name());
        required.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                setRequiresUnitApproval(row, e.getValue());
            }
        });
        return required;
    }

    /** The row checkbox calls this; Karibu does not reach into grid cells. */
    void setRequiresUnitApproval(Unit row, boolean required) {
        directoryAdmin.setRequiresUnitApproval(admin, row.id(), required);
        Notices.success(getTranslation(required ? "unitapproval.directory.on" : "unitapproval.directory.off",
                row.name()));
        refresh();
    }

    void createUnit() {
        if (!unitProblems.attempt(() -> directoryAdmin.createUnit(admin, new NewUnit(unitCode.getValue(),
                unitName.getValue(), unitKind.getValue())))) {
            return;
        }
        unitCode.clear();
        unitName.clear();
        Notices.success(getTranslation("directory.unit.created"));
        refresh();
    }

    void createPerson() {
        if (!personProblems.attempt(() -> directoryAdmin.createPerson(admin, new NewPerson(username.getValue(),
                displayName.getValue(), unit.getValue() == null ? null : unit.getValue().id(), roles.getValue(),
                password.getValue(), email.getValue())))) {
            return;
        }
        username.clear();
        displayName.clear();
        email.clear();
        password.clear();
        roles.clear();
        Notices.success(getTranslation("directory.user.created"));
        refresh();
    }

    /** The row buttons call these; Karibu does not reach into grid cells. */
    void edit(AppUser person) {
        new PersonEditDialog(directoryAdmin, admin, person, this::refresh).open();
    }

    void resetPassword(AppUser person) {
        new PasswordResetDialog(directoryAdmin, admin, person).open();
    }

    void deactivate(AppUser person) {
        deactivation.open(admin, person, this::refresh);
    }

    void refresh() {
        try {
            List<AppUser> everyone = directoryAdmin.people(admin);
            staffing = new UnitStaffing(everyone);
            List<Unit> all = directoryAdmin.units(admin);
            units.setItems(all);
            unit.setItems(all.stream().filter(Unit::active).toList());
            people.setItems(everyone);
            showUnits();
            showPeople();
        } catch (NotFoundException e) {
            removeAll();
        }
    }

    /** The units whose code or name holds the words looked for; if asked, only those with roles nobody holds. */
    private void showUnits() {
        SearchWords words = new SearchWords(unitWords.getValue());
        units.getListDataView().setFilter(u -> words.foundIn(u.code(), u.name())
                && (!gapsOnly.getValue() || !staffing.rolesNobodyHolds(u).isEmpty()));
        ListHeight.fit(units, units.getListDataView().getItemCount());
    }

    /** The people whose login, name or unit holds the words looked for. */
    private void showPeople() {
        SearchWords words = new SearchWords(peopleWords.getValue());
        people.getListDataView().setFilter(p -> words.foundIn(p.username(), p.displayName(), p.unitName()));
        ListHeight.fit(people, people.getListDataView().getItemCount());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // as the link says; the menu's link, without it, lists every unit even where this view is reused
        gapsOnly.setValue(event.getLocation().getQueryParameters().getParameters().containsKey(GAPS_ONLY));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.directory");
    }
}
