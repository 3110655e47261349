package com.briefingdesk.monitoring;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.PasswordPolicy;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.kernel.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;

/** Sets a new password for a person who lost theirs; they are told it by the administrator in person. */
class PasswordResetDialog extends Dialog {

    final PasswordField password = new PasswordField();
    final Button save = new Button();

    PasswordResetDialog(DirectoryAdmin directoryAdmin, AppUser admin, AppUser person) {
        setId("password-reset-dialog");
        setHeaderTitle(getTranslation("directory.password.resetFor", person.displayName()));
        password.setLabel(getTranslation("directory.password.new"));
        password.setHelperText(getTranslation("directory.password.help", PasswordPolicy.MIN_LENGTH));
        password.setId("new-password");
        save.setText(getTranslation("directory.password.reset"));
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                directoryAdmin.resetPassword(admin, person.id(), password.getValue());
            } catch (ValidationException ex) {
                password.setErrorMessage(getTranslation(ex.fieldMessageKeys().get("password")));
                password.setInvalid(true);
                return;
            }
            Notices.success(getTranslation("directory.password.done"));
            close();
        });
        add(password);
        getFooter().add(new Button(getTranslation("monitoring.close"), e -> close()), save);
    }
}
