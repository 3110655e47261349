package com.briefingdesk.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.briefingdesk.UiTest;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.LoginThrottle;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.monitoring.DirectoryAdminView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Five failed attempts lock a login for a while, at every door that takes a password, and the login form says so
 * in the same words whether the login exists or not. An administrator unlocks it in the directory view.
 */
class LoginThrottlingTest extends UiTest {

    static final String PASSWORD = "right-password-1";

    @LocalServerPort
    int port;
    @Autowired
    UserDirectory directory;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    JdbcClient jdbc;

    AppUser person() {
        return NewEditor.create(directory, encoder, PASSWORD);
    }

    String failAtForm(String username) {
        return new WebSession(port).logIn(username, "wrong-" + System.nanoTime());
    }

    int restStatus(String username, String password) {
        return new WebSession(port).get("/engine-rest/process-definition", "Authorization",
                WebSession.basic(username, password)).statusCode();
    }

    @Test
    void theFifthFailureLocksTheLoginEvenForItsRightPassword() {
        AppUser person = person();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(failAtForm(person.username())).as("attempt " + attempt).endsWith("/login?error");
        }
        assertThat(failAtForm(person.username())).endsWith("/login?locked");
        assertThat(new WebSession(port).logIn(person.username(), PASSWORD)).endsWith("/login?locked");
        assertThat(throttle.lockedUntil(person.username())).get()
                .matches(until -> until.isAfter(Instant.now().plusSeconds(14 * 60)), "about 15 minutes ahead");
    }

    @Test
    void anUnknownLoginAnswersExactlyLikeAnExistingOne() {
        AppUser person = person();
        String unknown = "nobody" + System.nanoTime();
        for (int attempt = 1; attempt <= 6; attempt++) {
            assertThat(failAtForm(unknown)).as("attempt " + attempt).isEqualTo(failAtForm(person.username()));
        }
        assertThat(failAtForm(unknown)).endsWith("/login?locked");
    }

    @Test
    void aSuccessfulLoginClearsTheCount() {
        AppUser person = person();
        for (int attempt = 1; attempt <= 4; attempt++) {
            failAtForm(person.username());
        }
        new WebSession(port).loggedIn(person.username(), PASSWORD);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(failAtForm(person.username())).endsWith("/login?error");
        }
        assertThat(throttle.isLocked(person.username())).isFalse();
    }

    @Test
    void theRestApisBasicAuthenticationCountsAndObeysTheSameLock() {
        AppUser admin = directory.createUser("lockadm" + System.nanoTime(), "x",
                directory.findUnitByCode("office").orElseThrow().id(), encoder.encode(PASSWORD), EnumSet.of(Role.ADMIN));
        assertThat(restStatus(admin.username(), PASSWORD)).isEqualTo(200);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(restStatus(admin.username(), "wrong")).isEqualTo(401);
        }
        assertThat(restStatus(admin.username(), PASSWORD)).isEqualTo(401);
        // Locked at the REST API, locked at the form: and with it at Cockpit, which takes the form's login.
        assertThat(new WebSession(port).logIn(admin.username(), PASSWORD)).endsWith("/login?locked");
        throttle.unlock(admin.username());
        assertThat(restStatus(admin.username(), PASSWORD)).isEqualTo(200);
    }

    @Test
    void cockpitHasNoPasswordDoorOfItsOwn() {
        // Camunda's own login endpoint is behind the administrators' session: no way around the throttle.
        WebSession anonymous = new WebSession(port);
        var response = anonymous.post("/camunda/api/admin/auth/user/default/login/cockpit",
                "application/x-www-form-urlencoded", "username=admin&password=demo123");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void theLockEndsByItself() {
        AppUser person = person();
        for (int attempt = 1; attempt <= 5; attempt++) {
            failAtForm(person.username());
        }
        assertThat(throttle.isLocked(person.username())).isTrue();
        jdbc.sql("update login_throttle set locked_until = now() - interval '1 second' where username = :u")
                .param("u", person.username()).update();
        assertThat(new WebSession(port).logIn(person.username(), PASSWORD)).doesNotContain("/login");
    }

    @Test
    void theLoginFormSaysTheLoginIsLockedWithoutSayingWhetherItExists() {
        openAs("admin");
        logins.logout();
        UI.getCurrent().navigate("login", QueryParameters.of("locked", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(errorMessageOf(form)).contains(form.getTranslation("security.login.locked.message"))
                .doesNotContain(form.getTranslation("login.error.message"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(errorMessageOf(_get(LoginForm.class))).contains(form.getTranslation("login.error.message"))
                .doesNotContain(form.getTranslation("security.login.locked.message"));
    }

    /** The texts the login form's web component shows, as sent to the browser. */
    static String errorMessageOf(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void anAdministratorUnlocksALoginInTheDirectoryView() {
        AppUser person = person();
        for (int attempt = 1; attempt <= 5; attempt++) {
            failAtForm(person.username());
        }
        openAs("admin");
        UI.getCurrent().navigate(DirectoryAdminView.class);
        DirectoryAdminView view = _get(DirectoryAdminView.class);
        view.unlock(person);
        assertThat(throttle.isLocked(person.username())).isFalse();
        assertThat(new WebSession(port).logIn(person.username(), PASSWORD)).doesNotContain("/login");
    }
}
