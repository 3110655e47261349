package com.briefingdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.briefingdesk.BriefingDeskApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Outside the demo profile there is no default password: on an empty directory the application starts only with a
 * first administrator's password. Starts the real application on fresh embedded databases.
 */
class FirstAdministratorTest {

    /** Runs the application outside the demo profile; command-line arguments outrank application.yml. */
    static ConfigurableApplicationContext startProduction(String... arguments) {
        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=production", "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false", "--briefing.embedded-db.clean=true",
                "--briefing.embedded-db.data-dir=target/test-postgres/first-admin-" + UUID.randomUUID()));
        args.addAll(List.of(arguments));
        return new SpringApplicationBuilder(BriefingDeskApplication.class).run(args.toArray(String[]::new));
    }

    @Test
    void refusesToStartOnAnEmptyDirectoryWithoutAPassword() {
        assertThatThrownBy(() -> startProduction().close())
                .hasStackTraceContaining("BRIEFING_ADMIN_PASSWORD");
    }

    @Test
    void createsTheFirstAdministratorFromConfigurationAndNoDemoPeople() {
        try (ConfigurableApplicationContext app = startProduction("--briefing.admin.username=chief",
                "--briefing.admin.password=a-long-secret-1")) {
            UserDirectory directory = app.getBean(UserDirectory.class);
            assertThat(directory.findAll()).extracting(AppUser::username).containsExactly("chief");
            assertThat(directory.findByUsername("chief").orElseThrow().roles()).containsExactly(Role.ADMIN);
            assertThat(directory.passwordHashOf("chief").orElseThrow()).startsWith("{bcrypt}")
                    .doesNotContain("a-long-secret-1");
        }
    }
}
