package com.briefingdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.account.OwnAccount;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.UserDirectory;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Once a password changes, whoever signed in with the old one is signed out at their next request, in every
 * browser: the owner's change ends their other sessions, an administrator's reset ends all of them.
 */
@BriefingDeskTest
class StaleSessionsTest {

    static final String PASSWORD = "old-password-1";

    @LocalServerPort
    int port;
    @Autowired
    UserDirectory directory;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    OwnAccount account;

    AppUser person() {
        return NewEditor.create(directory, encoder, PASSWORD);
    }

    WebSession signedIn(AppUser person, String password) {
        return new WebSession(port).loggedIn(person.username(), password);
    }

    /** Whether the browser still gets a page of the application, not the login. */
    static boolean signedIn(WebSession browser) {
        HttpResponse<String> response = browser.get("/my/account");
        if (response.statusCode() == 200) {
            return true;
        }
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        return false;
    }

    @Test
    void changingOnesPasswordSignsOutTheSessionsOpenedWithTheOldOne() {
        AppUser person = person();
        AppUser colleague = person();
        WebSession office = signedIn(person, PASSWORD);
        WebSession home = signedIn(person, PASSWORD);
        WebSession colleagues = signedIn(colleague, PASSWORD);
        assertThat(signedIn(office)).isTrue();
        assertThat(signedIn(home)).isTrue();

        account.changePassword(person, PASSWORD, "new-password-2", "new-password-2");

        assertThat(signedIn(office)).isFalse();
        assertThat(signedIn(home)).isFalse();
        assertThat(signedIn(office)).as("and stays out").isFalse();
        assertThat(signedIn(colleagues)).as("nobody else's session").isTrue();
        assertThat(signedIn(signedIn(person, "new-password-2"))).as("a sign-in with the new one").isTrue();
    }

    @Test
    void aResetPasswordSignsOutEverySessionOfThePerson() {
        AppUser person = person();
        WebSession leaked = signedIn(person, PASSWORD);
        assertThat(signedIn(leaked)).isTrue();

        directory.setPasswordHash(person.id(), encoder.encode("reset-password-3"));

        assertThat(signedIn(leaked)).isFalse();
        assertThat(new WebSession(port).logIn(person.username(), PASSWORD)).endsWith("/login?error");
    }
}
