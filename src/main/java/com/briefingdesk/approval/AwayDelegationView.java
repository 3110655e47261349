package com.briefingdesk.approval;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ui.FieldProblems;
import com.briefingdesk.kernel.ui.InputTexts;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.layout.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.Map;

/**
 * 委托设置: while I am away, my tasks go to a deputy of my unit and role. Shows my delegations not yet over; a new
 * one is refused with the reason at its field (myself, a deputy without my roles, a past or overlapping period).
 */
@Route(value = "my/delegation", layout = MainLayout.class)
@PermitAll
public class AwayDelegationView extends VerticalLayout implements HasDynamicTitle {

    private final AwayDelegations delegations;
    private final AppUser user;
    private final OfficeClock clock;
    final ComboBox<AppUser> deputy = new ComboBox<>();
    final DatePicker start = new DatePicker();
    final DatePicker end = new DatePicker();
    final Button save = new Button();
    final Grid<AwayDelegations.Delegation> current = new Grid<>();
    private final FieldProblems problems;

    public AwayDelegationView(AwayDelegations delegations, CurrentUser currentUser, OfficeClock clock) {
        this.delegations = delegations;
        this.user = currentUser.get();
        this.clock = clock;
        setId("away-delegation");
        deputy.setLabel(getTranslation("approval.away.deputy"));
        deputy.setItems(delegations.deputies(user));
        deputy.setItemLabelGenerator(u -> u.displayName() + " · " + u.unitName());
        deputy.setWidth("20em");
        deputy.setId("away-deputy");
        InputTexts.localize(start);
        start.setLabel(getTranslation("approval.away.start"));
        start.setId("away-start");
        InputTexts.localize(end);
        end.setLabel(getTranslation("approval.away.end"));
        end.setId("away-end");
        save.setText(getTranslation("approval.away.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("away-save");
        save.addClickListener(e -> save());
        HorizontalLayout form = new HorizontalLayout(deputy, start, end, save);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        current.setId("away-delegations");
        current.addColumn(AwayDelegations.Delegation::deputyName).setHeader(getTranslation("approval.away.deputy"))
                .setAutoWidth(true);
        current.addColumn(d -> clock.dayOf(d.startsAt()).toString())
                .setHeader(getTranslation("approval.away.start")).setAutoWidth(true);
        // the period ends at the start of the day after its last day, or earlier when ended early
        current.addColumn(d -> clock.dayOf(d.endsAt().minusMillis(1)).toString())
                .setHeader(getTranslation("approval.away.end")).setAutoWidth(true);
        current.addColumn(d -> getTranslation(d.activeAt(Instant.now()) ? "approval.away.active" : "approval.away.planned"))
                .setHeader(getTranslation("approval.away.state")).setAutoWidth(true);
        current.addComponentColumn(d -> {
            Button stop = new Button(getTranslation("approval.away.stop"), e -> stop(d));
            stop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            stop.setId("away-stop-" + d.id());
            return stop;
        }).setAutoWidth(true);
        current.setEmptyStateText(getTranslation("approval.away.none"));
        current.setAllRowsVisible(true);
        add(new H2(getPageTitle()), new Paragraph(getTranslation("approval.away.explain")), form, current);
        problems = new FieldProblems(this, Map.of("deputy", deputy, "start", start, "end", end), start);
        refresh();
    }

    void save() {
        if (!problems.attempt(() -> delegations.create(user, deputy.getValue() == null ? null
                : deputy.getValue().username(), start.getValue(), end.getValue(), Instant.now()))) {
            return;
        }
        Notices.success(getTranslation("approval.away.saved", deputy.getValue().displayName()));
        deputy.clear();
        start.clear();
        end.clear();
        refresh();
    }

    void stop(AwayDelegations.Delegation delegation) {
        try {
            delegations.end(user, delegation.id(), Instant.now());
            Notices.success(getTranslation("approval.away.stopped"));
        } catch (NotFoundException e) {
            Notices.error(getTranslation("approval.away.gone"));
        }
        refresh();
    }

    void refresh() {
        current.setItems(delegations.of(user, Instant.now()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approval.away.title");
    }
}
