package com.briefingdesk.commission;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.kernel.ui.FieldProblems;
import com.briefingdesk.kernel.ui.InputTexts;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.kernel.ui.Punctuation;
import com.briefingdesk.kernel.ui.UnsavedWork;
import com.briefingdesk.layout.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** An editor issues a commission notice (约稿通知): topic, requirements, target units or all, deadline. */
@Route(value = "commissions/new", layout = MainLayout.class)
@RolesAllowed(Role.EDITOR_AUTHORITY)
public class CommissionNoticeForm extends VerticalLayout implements HasDynamicTitle, UnsavedWork.Holder {

    private final Commissions commissions;
    private final AppUser user;
    final TextField topic = new TextField();
    final TextArea requirements = new TextArea();
    final Checkbox allUnits = new Checkbox();
    final MultiSelectComboBox<Unit> units = new MultiSelectComboBox<>();
    final DateTimePicker deadline = new DateTimePicker();
    final Button issue = new Button();
    private final FieldProblems problems;
    private boolean sent; // issued: leaving loses nothing

    public CommissionNoticeForm(Commissions commissions, CurrentUser currentUser) {
        UnsavedWork.guardThePage(this);
        this.commissions = commissions;
        this.user = currentUser.get();
        setId("commission-notice");
        topic.setLabel(getTranslation("commission.topic"));
        topic.setId("commission-topic");
        topic.setWidthFull();
        topic.setMaxLength(CommissionNotice.TOPIC_MAX);
        requirements.setLabel(getTranslation("commission.requirements"));
        requirements.setId("commission-requirements");
        requirements.setWidthFull();
        requirements.setMaxLength(CommissionNotice.REQUIREMENTS_MAX);
        allUnits.setLabel(getTranslation("commission.allUnits"));
        allUnits.setId("commission-all-units");
        allUnits.addValueChangeListener(e -> {
            units.setEnabled(!e.getValue());
            units.setInvalid(false);
            showUnanswerable();
        });
        units.setLabel(getTranslation("commission.units"));
        units.setId("commission-units");
        units.setItems(commissions.targetableUnits());
        units.setItemLabelGenerator(Unit::name);
        units.setWidthFull();
        units.addValueChangeListener(e -> showUnanswerable());
        InputTexts.localize(deadline);
        deadline.setLabel(getTranslation("commission.deadline"));
        deadline.setId("commission-deadline");
        issue.setText(getTranslation("commission.issue"));
        issue.setId("commission-issue");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.addClickListener(e -> issue());
        add(new H2(getPageTitle()), topic, requirements, allUnits, units, deadline, issue);
        problems = new FieldProblems(this, Map.of("topic", topic, "requirements", requirements, "units", units,
                "deadline", deadline), topic);
    }

    /** Units chosen that have nobody to answer: said under the units as they are chosen, before the notice goes. */
    private void showUnanswerable() {
        List<String> names = commissions.withoutSubmitter(allUnits.getValue(), units.getValue()).stream()
                .map(Unit::name).toList();
        units.setHelperText(names.isEmpty() ? null
                : getTranslation("commission.units.unanswerable", Punctuation.enumeration(this, names)));
    }

    CommissionNotice notice() {
        CommissionNotice notice = new CommissionNotice();
        notice.setTopic(topic.getValue());
        notice.setRequirements(requirements.getValue());
        notice.setAllUnits(allUnits.getValue());
        notice.setUnitIds(units.getValue().stream().map(Unit::id).collect(Collectors.toSet()));
        notice.setDeadline(deadline.getValue());
        return notice;
    }

    /** Issues the notice; what breaks a rule is said next to its field, and nothing typed is lost. */
    void issue() {
        problems.attempt(() -> {
            Commission issued = commissions.issue(user, notice());
            sent = true;
            Notices.success(getTranslation("commission.issued"));
            getUI().ifPresent(ui -> ui.navigate(CommissionDetailView.location(issued.id())));
        });
    }

    /** The topic and the requirements are what takes typing; the units and the deadline are picked again quickly. */
    @Override
    public boolean hasUnsavedWork() {
        return !sent && !(topic.isEmpty() && requirements.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("commission.notice.title");
    }
}
