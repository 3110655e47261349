package com.briefingdesk.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The backup procedure of docs/OPERATIONS.md, done: pg_dump of the live database while processes are running (an
 * article in triage, one returned with its timers pending, an issue awaiting sign-off), pg_restore into a fresh
 * database, the application started on it, and every one of those processes taken to its end.
 */
@Tag("faults")
class BackupRestoreFaultTest {

    static final Duration START = Duration.ofMinutes(6);

    @Test
    void aDumpTakenWhileProcessesRunIsRestoredIntoAFreshDatabaseWhereTheyAllContinueToTheirEnd() throws Exception {
        Path dir = Path.of("target", "faults", "backup-" + System.nanoTime()).toAbsolutePath();
        PostgresServer server = PostgresServer.initialise(PostgresServer.DEBIAN_BIN, dir.resolve("pg"));
        server.start();
        try {
            server.createDatabase("briefing");
            Path dump = dir.resolve("briefing.dump");
            String ids;
            long auditRows;
            try (ApplicationProcess live = ApplicationProcess.start(server.jdbcUrl("briefing"),
                    dir.resolve("app-live.log"), Map.of("briefing.drill.step", "running-processes"))) {
                Matcher running = live.await("DRILL (running ids=([\\d,]+)|FAILED)", START);
                assertThat(running.group(1)).as("see " + live.log()).startsWith("running");
                ids = running.group(2);
                auditRows = new FaultDatabase(server, "briefing").number("select count(*) from audit_event");
                // online: the application keeps running while the dump is taken
                PostgresServer.run(List.of(server.tool("pg_dump").toString(), "-h", "127.0.0.1",
                        "-p", String.valueOf(server.port()), "-U", "postgres", "-Fc", "-f", dump.toString(),
                        "briefing"), dir.resolve("pg_dump.log"));
            }

            server.createDatabase("restored");
            PostgresServer.run(List.of(server.tool("pg_restore").toString(), "-h", "127.0.0.1",
                    "-p", String.valueOf(server.port()), "-U", "postgres", "--no-owner", "--exit-on-error",
                    "-d", "restored", dump.toString()), dir.resolve("pg_restore.log"));

            FaultDatabase restored = new FaultDatabase(server, "restored");
            String[] id = ids.split(",");
            assertThat(restored.text("select status from article where id = ?", Long.parseLong(id[1])))
                    .isEqualTo("RETURNED");
            assertThat(restored.number("select count(*) from act_ru_job j join article a on "
                    + "a.process_instance_id = j.process_instance_id_ where a.id = ?", Long.parseLong(id[1])))
                    .as("the reminder and deadline timers of the returned article").isEqualTo(2);
            assertThat(restored.number("select count(*) from audit_event")).isGreaterThanOrEqualTo(auditRows);

            try (ApplicationProcess app = ApplicationProcess.start(server.jdbcUrl("restored"),
                    dir.resolve("app-restored.log"), Map.of("briefing.drill.step", "continue",
                            "briefing.drill.ids", ids, "camunda.bpm.job-execution.enabled", "false"))) {
                Matcher continued = app.await("DRILL (continued|FAILED)", START);
                assertThat(continued.group(1)).as("see " + app.log()).isEqualTo("continued");
            }

            Map<String, String> expected = Map.of(id[0], "REJECTED", id[1], "EXPIRED", id[2], "ADOPTED");
            expected.forEach((article, status) -> {
                assertThat(restored.text("select status from article where id = ?", Long.parseLong(article)))
                        .as("article " + article).isEqualTo(status);
                assertThat(restored.text("select h.end_time_ from act_hi_procinst h join article a on "
                        + "a.process_instance_id = h.id_ where a.id = ?", Long.parseLong(article)))
                        .as("the process of article " + article + " ended").isNotNull();
            });
            long issue = Long.parseLong(id[3]);
            assertThat(restored.text("select status from issue where id = ?", issue)).isEqualTo("ARCHIVED");
            assertThat(restored.text("select h.end_time_ from act_hi_procinst h join issue i on "
                    + "i.process_instance_id = h.id_ where i.id = ?", issue)).isNotNull();
            assertThat(restored.number("select count(*) from issue_receipt where issue_id = ? "
                    + "and acknowledged_at is not null", issue)).isEqualTo(3);

            // the restored audit trail is as append-only as the original
            try (Connection c = server.connect("restored"); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate("delete from audit_event"))
                        .hasMessageContaining("append-only");
            }
        } finally {
            server.stop();
        }
    }
}
