package com.briefingdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.briefingdesk.BriefingDeskApplication;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Outside the demo profile no demo login and no default password opens any door: only the administrator configured
 * at the first start. Starts the real application on a fresh embedded database.
 */
class NoDefaultCredentialsTest {

    @Test
    void outsideTheDemoProfileOnlyTheConfiguredAdministratorLogsIn() {
        String password = "first-admin-" + UUID.randomUUID();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(BriefingDeskApplication.class).run(
                "--spring.profiles.active=production", "--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                "--briefing.embedded-db.clean=true",
                "--briefing.embedded-db.data-dir=target/test-postgres/no-defaults-" + UUID.randomUUID(),
                "--briefing.admin.username=chief", "--briefing.admin.password=" + password)) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            assertThat(app.getEnvironment().getProperty("briefing.demo.password")).isNull();
            for (String login : List.of("admin", "editor", "kunshan", "signer", "demo", "camunda")) {
                for (String guess : List.of("demo123", "admin", "camunda", "password")) {
                    assertThat(new WebSession(port).logIn(login, guess)).as(login + "/" + guess)
                            .endsWith("/login?error");
                }
            }
            assertThat(new WebSession(port).get("/engine-rest/engine", "Authorization",
                    WebSession.basic("admin", "demo123")).statusCode()).isEqualTo(401);
            assertThat(new WebSession(port).logIn("chief", password)).doesNotContain("/login");
            assertThat(new WebSession(port).get("/engine-rest/engine", "Authorization",
                    WebSession.basic("chief", password)).statusCode()).isEqualTo(200);
        }
    }
}
