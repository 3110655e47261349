package com.briefingdesk.identity;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile there is no default password: on an empty directory the first administrator is
 * created from configuration, and without a password the application refuses to start.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "briefing.demo.password", matchIfMissing = true, havingValue = "__never__")
class AdministratorBootstrap implements ApplicationRunner {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final UserDirectory directory;
    private final PasswordEncoder passwordEncoder;
    private final String username;
    private final String password;

    AdministratorBootstrap(UserDirectory directory, PasswordEncoder passwordEncoder,
                           @Value("${briefing.admin.username}") String username,
                           @Value("${briefing.admin.password:}") String password) {
        this.directory = directory;
        this.passwordEncoder = passwordEncoder;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (directory.countUsers() > 0) {
            return;
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("The directory is empty: set BRIEFING_ADMIN_PASSWORD (at least "
                    + MIN_PASSWORD_LENGTH + " characters) to create the first administrator.");
        }
        Unit office = directory.findUnitByCode("office")
                .orElseGet(() -> directory.createUnit("office", "Office", Unit.Kind.OFFICE));
        directory.createUser(username, username, office.id(), passwordEncoder.encode(password), EnumSet.of(Role.ADMIN));
        log.info("Created the first administrator '{}'", username);
    }
}
