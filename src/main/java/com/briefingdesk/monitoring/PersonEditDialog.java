package com.briefingdesk.monitoring;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.ui.FieldProblems;
import com.briefingdesk.kernel.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.Map;

/**
 * Changes a person's name, e-mail, phone and roles. A refused change marks its fields and keeps what was typed.
 */
class PersonEditDialog extends Dialog {

    final TextField displayName = new TextField();
    final TextField email = new TextField();
    final TextField phone = new TextField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Button save = new Button();

    PersonEditDialog(DirectoryAdmin directoryAdmin, AppUser admin, AppUser person, Runnable saved) {
        setCloseOnOutsideClick(false); // a stray click beside it must not lose what was typed
        setId("person-edit-dialog");
        setHeaderTitle(getTranslation("directory.user.editFor", person.username()));
        displayName.setLabel(getTranslation("directory.user.displayName"));
        displayName.setId("edit-display-name");
        displayName.setValue(person.displayName());
        email.setLabel(getTranslation("directory.user.email"));
        email.setHelperText(getTranslation("directory.user.email.help"));
        email.setId("edit-email");
        email.setValue(person.email() == null ? "" : person.email());
        phone.setLabel(getTranslation("directory.user.phone"));
        phone.setId("edit-phone");
        phone.setValue(person.phone() == null ? "" : person.phone());
        roles.setLabel(getTranslation("directory.user.roles"));
        roles.setItems(EnumSet.allOf(Role.class));
        roles.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        roles.setId("edit-roles");
        roles.setValue(person.roles());
        // said as the boxes are ticked, before anything is saved: the unit's work of such a role would wait for nobody
        roles.addValueChangeListener(e -> roles.setHelperText(StaffingWarning.of(this, person,
                directoryAdmin.rolesLeftWithNobody(admin, person, e.getValue()))));
        save.setText(getTranslation("directory.user.save"));
        save.setId("save-person");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FieldProblems problems = new FieldProblems(this, Map.of("displayName", displayName, "email", email,
                "phone", phone, "roles", roles), displayName);
        save.addClickListener(e -> {
            if (problems.attempt(() -> directoryAdmin.updatePerson(admin, person.id(), new PersonChange(
                    displayName.getValue(), email.getValue(), phone.getValue(), roles.getValue())))) {
                Notices.success(getTranslation("directory.user.saved"));
                close();
                saved.run();
            }
        });
        add(new FormLayout(displayName, email, phone, roles));
        getFooter().add(new Button(getTranslation("monitoring.close"), e -> close()), save);
    }
}
