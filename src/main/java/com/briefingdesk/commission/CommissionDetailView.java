package com.briefingdesk.commission;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.kernel.ui.Confirmation;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.kernel.ui.Punctuation;
import com.briefingdesk.layout.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;

/**
 * One notice: what was asked, and per unit who answered (with the articles), who declined and why, who is late; while
 * it is open an editor reminds the units that have not answered (催办) without waiting for the timer.
 */
@Route(value = "commissions/:commissionId([0-9]+)", layout = MainLayout.class)
@RolesAllowed({Role.EDITOR_AUTHORITY, Role.ADMIN_AUTHORITY})
public class CommissionDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Commissions commissions;
    private final AppUser user;
    private final OfficeClock clock;
    private Commission commission;
    final Button remind = new Button();
    private long waiting;
    private Set<Long> unanswerable = Set.of(); // units still to answer with nobody to answer
    private List<String> leftOut = List.of(); // their names, for the question before reminding

    public CommissionDetailView(Commissions commissions, CurrentUser currentUser, OfficeClock clock) {
        this.commissions = commissions;
        this.user = currentUser.get();
        this.clock = clock;
        setId("commission-detail");
        remind.setId("commission-remind");
        remind.addClickListener(e -> confirmRemind());
    }

    static String location(long commissionId) {
        return "commissions/" + commissionId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("commissionId").orElseThrow();
        commission = commissions.find(user, id);
        render();
    }

    private void render() {
        List<UnitResponse> responses = commissions.responses(user, commission.id());
        unanswerable = commissions.unanswerable(responses);
        waiting = responses.stream().filter(r -> r.status() == ResponseStatus.OPEN).count()
                - unanswerable.size(); // those a reminder reaches
        remind.setText(getTranslation("commission.remind", String.valueOf(waiting)));
        remind.setVisible(commission.open() && waiting > 0);
        removeAll();
        Span state = new Span(getTranslation(commission.open() ? "commission.state.open" : "commission.state.closed"));
        state.setId("commission-state");
        add(new H2(commission.topic()), state,
                new Paragraph(Punctuation.labelled(this, getTranslation("commission.deadline"),
                        clock.minute(commission.deadline())) + " · "
                        + Punctuation.labelled(this, getTranslation("commission.issuedBy"),
                        commission.createdByName())),
                new Paragraph(commission.requirements()), remind);
        section(responses, ResponseStatus.ANSWERED, "commission-answered");
        section(responses, ResponseStatus.DECLINED, "commission-declined");
        section(responses, ResponseStatus.MISSED, "commission-late");
        section(responses, ResponseStatus.OPEN, "commission-open");
        leftOut = responses.stream().filter(r -> unanswerable.contains(r.unitId())).map(UnitResponse::unitName)
                .toList();
    }

    private void section(List<UnitResponse> responses, ResponseStatus status, String id) {
        List<UnitResponse> these = responses.stream().filter(r -> r.status() == status).toList();
        UnorderedList list = new UnorderedList();
        list.setId(id);
        for (UnitResponse response : these) {
            ListItem item = new ListItem(new Span(response.unitName()));
            item.getElement().setAttribute("data-unit", String.valueOf(response.unitId()));
            switch (status) {
                case ANSWERED -> {
                    item.add(new Span(" · " + getTranslation("commission.answeredBy",
                            clock.minute(response.answeredAt()), response.answeredByName())));
                    String separator = getTranslation("punctuation.titles");
                    for (int i = 0; i < response.articles().size(); i++) {
                        var article = response.articles().get(i);
                        if (i > 0) {
                            item.add(new Span(separator));
                        }
                        item.add(new Anchor(article.location(), article.title()));
                    }
                }
                case DECLINED -> item.add(new Span(" · " + clock.minute(response.answeredAt()) + " "
                        + getTranslation("commission.declinedBecause", response.declineReason())));
                default -> {
                    if (unanswerable.contains(response.unitId())) {
                        item.add(new Span(" · " + getTranslation("commission.noSubmitter")));
                    }
                    if (response.reminders() > 0) {
                        item.add(new Span(" · " + getTranslation("commission.reminded", response.reminders(),
                                clock.minute(response.lastRemindedAt()))));
                    }
                }
            }
            list.add(item);
        }
        list.setVisible(!these.isEmpty()); // the heading says (0); an empty list would only leave a gap under it
        add(new H3(Punctuation.aside(this, getTranslation(status.messageKey()), these.size())), list);
    }

    private void confirmRemind() {
        Confirmation.ask("commission-remind-confirm", getTranslation("commission.remind.header",
                String.valueOf(waiting)), explainRemind(),
                getTranslation("commission.remind.confirm"), this::remindWaiting);
    }

    private String explainRemind() {
        String explain = getTranslation("commission.remind.explain");
        return leftOut.isEmpty() ? explain : explain + " " + getTranslation("commission.remind.leftOut",
                Punctuation.enumeration(this, leftOut));
    }

    void remindWaiting() {
        try {
            List<Long> reminded = commissions.remindOpenNow(user, commission.id());
            if (reminded.isEmpty()) {
                Notices.error(getTranslation("commission.remind.none")); // answered meanwhile
            } else {
                Notices.success(getTranslation("commission.remind.done", String.valueOf(reminded.size())));
            }
        } catch (ValidationException e) {
            Notices.error(getTranslation(e.fieldMessageKeys().get("remind")));
        }
        commission = commissions.find(user, commission.id());
        render();
    }

    @Override
    public String getPageTitle() {
        return commission == null ? getTranslation("commission.list.title") : commission.topic();
    }
}
