package com.briefingdesk.commission;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ui.ListColumns;
import com.briefingdesk.kernel.ui.ListHeight;
import com.briefingdesk.kernel.ui.LoadedOnArrival;
import com.briefingdesk.layout.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 约稿: the notices issued, newest first, each linked to who answered, declined or is late. */
@Route(value = "commissions", layout = MainLayout.class)
@RolesAllowed({Role.EDITOR_AUTHORITY, Role.ADMIN_AUTHORITY})
public class CommissionsView extends VerticalLayout implements HasDynamicTitle, LoadedOnArrival {

    final Grid<Commission> grid = new Grid<>();

    private final Commissions commissions;
    private final AppUser user;
    private Map<Long, Commission.Answers> answers = Map.of();

    public CommissionsView(Commissions commissions, CurrentUser currentUser, OfficeClock clock) {
        this.commissions = commissions;
        this.user = currentUser.get();
        setId("commissions");
        add(new H2(getPageTitle()));
        if (Commissions.mayIssue(user)) {
            Button create = new Button(getTranslation("commission.notice.title"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(CommissionNoticeForm.class)));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("commission-new");
            add(create);
        }
        grid.setId("commission-grid");
        grid.addComponentColumn(c -> new Anchor(CommissionDetailView.location(c.id()), c.topic()))
                .setHeader(getTranslation("commission.topic")).setFlexGrow(3);
        grid.addColumn(c -> clock.minute(c.deadline())).setHeader(getTranslation("commission.deadline"))
                .setAutoWidth(true);
        grid.addColumn(Commission::createdByName).setHeader(getTranslation("commission.issuedBy")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.open() ? "commission.state.open" : "commission.state.closed"))
                .setHeader(getTranslation("commission.state")).setAutoWidth(true);
        grid.addColumn(c -> Optional.ofNullable(answers.get(c.id())).map(a -> a.answered() + " / " + a.asked())
                .orElse("")).setHeader(getTranslation("commission.list.answered")).setKey("answered")
                .setAutoWidth(true);
        ListColumns.titlesTakeTheRoom(grid);
        grid.setEmptyStateText(getTranslation("commission.list.none"));
        add(grid);
    }

    @Override
    public void load() {
        answers = commissions.answers(user);
        List<Commission> all = commissions.all(user);
        grid.setItems(all);
        ListHeight.fit(grid, all.size()); // notices gather over the years
    }

    @Override
    public String getPageTitle() {
        return getTranslation("commission.list.title");
    }
}
