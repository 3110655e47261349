package com.briefingdesk.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.briefingdesk.UiTest;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.LoginThrottle;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.SignedInSessions;
import com.briefingdesk.identity.UserDirectory;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinSession;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A person keeps their own e-mail, phone and password; a refusal is marked at its field and keeps the input. */
class AccountViewTest extends UiTest {

    @Autowired
    UserDirectory directory;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LoginThrottle throttle;

    AppUser freshPerson() {
        String username = "acct" + System.nanoTime();
        long kunshan = directory.findUnitByCode("kunshan").orElseThrow().id();
        return directory.createUser(username, "昆山报送员", kunshan, passwordEncoder.encode("initial-pass"),
                EnumSet.of(Role.SUBMITTER));
    }

    AccountView open(AppUser person) {
        openAs(person.username());
        _click(_get(Button.class, spec -> spec.withId("my-account-link")));
        return _get(AccountView.class);
    }

    @Test
    void aPersonSetsWhereNoticesReachThem() {
        AppUser person = freshPerson();
        AccountView view = open(person);

        _setValue(view.email, "wang at ks.gov.cn");
        _setValue(view.phone, "0512-5733 0000");
        _click(view.saveContact);
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).isEqualTo("请填写有效的电子邮箱地址");
        assertThat(view.phone.getValue()).isEqualTo("0512-5733 0000");
        assertThat(directory.findById(person.id()).orElseThrow().email()).isNull();

        _setValue(view.email, "wang@ks.gov.cn");
        _click(view.saveContact);
        assertThat(view.email.isInvalid()).isFalse();
        AppUser saved = directory.findById(person.id()).orElseThrow();
        assertThat(saved.email()).isEqualTo("wang@ks.gov.cn");
        assertThat(saved.phone()).isEqualTo("0512-5733 0000");
        assertThat(jdbc.sql("select detail from audit_event where action = 'USER_UPDATED' and actor = :u")
                .param("u", person.username()).query(String.class).single())
                .isEqualTo("email: - → wang@ks.gov.cn; phone: - → 0512-5733 0000");
    }

    @Test
    void aPersonChangesTheirPasswordOnlyWithTheCurrentOneAndTheNewOneTwice() {
        AppUser person = freshPerson();
        AccountView view = open(person);

        _setValue(view.current, "not-my-password");
        _setValue(view.chosen, "short");
        _setValue(view.repeated, "shorter");
        _click(view.changePassword);
        assertThat(view.current.getErrorMessage()).isEqualTo("当前密码不正确");
        assertThat(view.chosen.getErrorMessage()).isEqualTo("密码至少 8 个字符");
        assertThat(view.repeated.getErrorMessage()).isEqualTo("两次输入的新密码不一致");
        assertThat(view.chosen.getValue()).as("what was typed stays").isEqualTo("short");

        _setValue(view.current, "initial-pass");
        _setValue(view.chosen, "initial-pass");
        _setValue(view.repeated, "initial-pass");
        _click(view.changePassword);
        assertThat(view.current.isInvalid()).isFalse();
        assertThat(view.chosen.getErrorMessage()).isEqualTo("新密码不能与当前密码相同");

        _setValue(view.chosen, "brand-new-pass");
        _setValue(view.repeated, "brand-new-pass");
        _click(view.changePassword);
        assertThat(view.chosen.isInvalid()).isFalse();
        assertThat(view.current.getValue()).as("cleared once changed").isEmpty();
        String hash = directory.passwordHashOf(person.username()).orElseThrow();
        assertThat(passwordEncoder.matches("brand-new-pass", hash)).isTrue();
        assertThat(passwordEncoder.matches("initial-pass", hash)).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PASSWORD_CHANGED' and actor = :u")
                .param("u", person.username()).query(Long.class).single()).isEqualTo(1);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("my/account");
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(SignedInSessions.SIGNED_IN_AT))
                .as("the session that changed it stays signed in: it is as new as the change")
                .isEqualTo(jdbc.sql("select password_changed_at from app_user where id = :id")
                        .param("id", person.id()).query(java.sql.Timestamp.class).single().toInstant());
    }

    @Test
    void wrongCurrentPasswordsLockTheLoginAsAtTheLoginForm() {
        AppUser person = freshPerson();
        AccountView view = open(person);
        _setValue(view.chosen, "brand-new-pass");
        _setValue(view.repeated, "brand-new-pass");
        for (int attempt = 1; attempt <= 5; attempt++) {
            _setValue(view.current, "guess-" + attempt);
            _click(view.changePassword);
            assertThat(view.current.getErrorMessage()).as("attempt " + attempt).isEqualTo("当前密码不正确");
        }
        assertThat(throttle.isLocked(person.username())).isTrue();

        _setValue(view.current, "initial-pass");
        _click(view.changePassword);
        assertThat(view.current.getErrorMessage()).isEqualTo("密码错误次数过多，账号已暂时锁定。请稍后再试，或请管理员解锁");
        assertThat(view.chosen.getValue()).as("what was typed stays").isEqualTo("brand-new-pass");
        assertThat(passwordEncoder.matches("initial-pass", directory.passwordHashOf(person.username()).orElseThrow()))
                .isTrue();

        throttle.unlock(person.username());
        _click(view.changePassword);
        assertThat(view.current.isInvalid()).isFalse();
        assertThat(passwordEncoder.matches("brand-new-pass",
                directory.passwordHashOf(person.username()).orElseThrow())).isTrue();
    }
}
