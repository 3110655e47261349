package com.briefingdesk.account;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.ContactDetails;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.identity.PasswordPolicy;
import com.briefingdesk.identity.RoleNames;
import com.briefingdesk.identity.SignedInSessions;
import com.briefingdesk.kernel.ui.FieldProblems;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.layout.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/** 我的账号: who I am in the directory, where notices reach me, and my password. */
@Route(value = "my/account", layout = MainLayout.class)
@PermitAll
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    private final OwnAccount account;
    private final SignedInSessions sessions;
    private final AppUser user;
    final TextField email = new TextField();
    final TextField phone = new TextField();
    final Button saveContact = new Button();
    final PasswordField current = new PasswordField();
    final PasswordField chosen = new PasswordField();
    final PasswordField repeated = new PasswordField();
    final Button changePassword = new Button();

    public AccountView(OwnAccount account, CurrentUser currentUser, SignedInSessions sessions) {
        this.account = account;
        this.sessions = sessions;
        this.user = currentUser.get();
        setId("my-account");
        Paragraph who = new Paragraph(getTranslation("account.who", user.username(), user.displayName(),
                user.unitName(), RoleNames.of(this, user.roles())));
        who.setId("account-who");

        email.setLabel(getTranslation("directory.user.email"));
        email.setHelperText(getTranslation("directory.user.email.help"));
        email.setId("account-email");
        email.setValue(user.email() == null ? "" : user.email());
        phone.setLabel(getTranslation("directory.user.phone"));
        phone.setId("account-phone");
        phone.setValue(user.phone() == null ? "" : user.phone());
        saveContact.setText(getTranslation("directory.user.save"));
        saveContact.setId("account-save-contact");
        saveContact.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FieldProblems contactProblems = new FieldProblems(this, Map.of("email", email, "phone", phone), email);
        saveContact.addClickListener(e -> {
            if (contactProblems.attempt(() -> account.updateContact(user,
                    new ContactDetails(email.getValue(), phone.getValue())))) {
                Notices.success(getTranslation("directory.user.saved"));
            }
        });

        current.setLabel(getTranslation("account.password.current"));
        current.setId("account-current-password");
        chosen.setLabel(getTranslation("account.password.new"));
        chosen.setHelperText(getTranslation("directory.password.help", PasswordPolicy.MIN_LENGTH));
        chosen.setId("account-new-password");
        repeated.setLabel(getTranslation("account.password.repeat"));
        repeated.setId("account-repeat-password");
        changePassword.setText(getTranslation("account.password.change"));
        changePassword.setId("account-change-password");
        changePassword.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FieldProblems passwordProblems = new FieldProblems(this,
                Map.of("current", current, "chosen", chosen, "repeated", repeated), current);
        changePassword.addClickListener(e -> {
            if (passwordProblems.attempt(() -> sessions.keep(VaadinSession.getCurrent().getSession(),
                    account.changePassword(user, current.getValue(), chosen.getValue(), repeated.getValue())))) {
                current.clear();
                chosen.clear();
                repeated.clear();
                Notices.success(getTranslation("account.password.changed"));
            }
        });

        add(new H2(getPageTitle()), who,
                new H3(getTranslation("account.contact")), new FormLayout(email, phone), saveContact,
                new H3(getTranslation("account.password")), new FormLayout(current, chosen, repeated),
                changePassword);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
