package com.briefingdesk.monitoring;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.PasswordPolicy;
import com.briefingdesk.kernel.ui.FieldProblems;
import com.briefingdesk.kernel.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;

/** Sets a new password for a person who lost theirs; they are told it by the administrator in person. */
class PasswordResetDialog extends Dialog {

    final PasswordField password = new PasswordField();
    final Button save = new Button();

    PasswordResetDialog(DirectoryAdmin directoryAdmin, AppUser admin, AppUser person) {
        setCloseOnOutsideClick(false); // a stray click beside it must not lose what was typed
        setId("password-reset-dialog");
        setHeaderTitle(getTranslation("directory.password.resetFor", person.displayName()));
        password.setLabel(getTranslation("directory.password.new"));
        password.setHelperText(getTranslation("directory.password.help", PasswordPolicy.MIN_LENGTH));
        password.setId("new-password");
        save.setText(getTranslation("directory.password.reset"));
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FieldProblems problems = new FieldProblems(this, Map.of("password", password), password);
        save.addClickListener(e -> {
            if (problems.attempt(() -> directoryAdmin.resetPassword(admin, person.id(), password.getValue()))) {
                Notices.success(getTranslation("directory.password.done"));
                close();
            }
        });
        add(password);
        getFooter().add(new Button(getTranslation("monitoring.close"), e -> close()), save);
    }
}
