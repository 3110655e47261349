package com.briefingdesk.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The default set-up ({@code ./mvnw spring-boot:run}): the application on its embedded PostgreSQL. Killed, it leaves
 * that server running on the data directory; the next start must shut the leftover down and start on the same data,
 * not fail on PostgreSQL's lock file.
 */
@Tag("faults")
class EmbeddedDatabaseCrashFaultTest {

    static final Duration START = Duration.ofMinutes(6);

    @Test
    void anApplicationKilledOnItsEmbeddedDatabaseStartsAgainOnTheSameData() throws Exception {
        Path dir = Path.of("target", "faults", "embedded-crash-" + System.nanoTime()).toAbsolutePath();
        Path data = dir.resolve("postgres");

        try (ApplicationProcess first = ApplicationProcess.startEmbedded(data, dir.resolve("app-1.log"))) {
            first.await("Started BriefingDeskApplication", START);
            first.kill();
        }
        Optional<ProcessHandle> leftover = postmasterOn(data);
        assertThat(leftover).as("kill -9 leaves the embedded server running (what this drill is about)").isPresent();

        Path secondLog = dir.resolve("app-2.log");
        try (ApplicationProcess second = ApplicationProcess.startEmbedded(data, secondLog)) {
            second.await("Started BriefingDeskApplication", START);
            assertThat(leftover.get().isAlive()).as("the leftover server was shut down").isFalse();
            assertThat(postmasterOn(data)).as("a new server runs on the same directory").isPresent()
                    .get().isNotEqualTo(leftover.get());
            assertThat(Files.readString(secondLog)).as("the data were kept, not initialised again")
                    .contains("still runs on").doesNotContain("initdb completed");
        }
        assertThat(postmasterOn(data)).as("a gentle stop stops the embedded server").isEmpty();
    }

    /** The live server process named in the directory's postmaster.pid. */
    private static Optional<ProcessHandle> postmasterOn(Path data) throws Exception {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive);
    }
}
