package com.briefingdesk.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The application is killed (kill -9) right after an issue is signed off, while its render-publish-circulate job
 * is pending or running, and started again: the issue keeps its one number and each unit gets one notice. Then
 * PostgreSQL is restarted under the running application: it reconnects by itself and its job executor goes on
 * (the reminder timer fires and each unit gets one reminder).
 */
@Tag("faults")
class CrashRecoveryFaultTest {

    static final int SMTP_PORT = freePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    static final Duration START = Duration.ofMinutes(6);

    @Test
    void aKilledApplicationContinuesEveryProcessFromItsLastCommitAndSurvivesADatabaseRestart() throws Exception {
        Path dir = Path.of("target", "faults", "crash-" + System.nanoTime()).toAbsolutePath();
        PostgresServer server = PostgresServer.initialise(PostgresServer.DEBIAN_BIN, dir.resolve("pg"));
        server.start();
        try {
            server.createDatabase("briefing");
            FaultDatabase db = new FaultDatabase(server, "briefing");
            Map<String, String> settings = new HashMap<>(Map.of(
                    "briefing.mail.enabled", "true", "spring.mail.host", "127.0.0.1",
                    "spring.mail.port", String.valueOf(SMTP_PORT),
                    "camunda.bpm.job-execution.enabled", "true",
                    // a job whose executor died is taken up again once its lock expires (Camunda's default: 5 min)
                    "camunda.bpm.job-execution.lock-time-in-millis", "60000"));

            long issueId;
            long serial;
            settings.put("briefing.drill.step", "sign-off");
            try (ApplicationProcess first = ApplicationProcess.start(server.jdbcUrl("briefing"),
                    dir.resolve("app-1.log"), settings)) {
                Matcher signedOff = first.await("DRILL (signed-off issue=(\\d+) serial=(\\d+)|FAILED)", START);
                assertThat(signedOff.group(1)).as("see " + first.log()).startsWith("signed-off");
                first.kill();
                issueId = Long.parseLong(signedOff.group(2));
                serial = Long.parseLong(signedOff.group(3));
            }
            assertThat(db.text("select status from issue where id = ?", issueId))
                    .as("killed before the documents were published").isEqualTo("SIGNED_OFF");
            assertThat(smtp.getReceivedMessages()).isEmpty();

            settings.remove("briefing.drill.step");
            try (ApplicationProcess second = ApplicationProcess.start(server.jdbcUrl("briefing"),
                    dir.resolve("app-2.log"), settings)) {
                second.await("Started BriefingDeskApplication", START);
                FaultDatabase.await("issue " + issueId + " published and circulated", Duration.ofMinutes(4),
                        () -> smtp.getReceivedMessages().length >= 3
                                && "PUBLISHED".equals(db.text("select status from issue where id = ?", issueId)));

                server.stop();
                Thread.sleep(5000);
                server.start();

                String timer = reminderTimer(second,
                        db.text("select process_instance_id from issue where id = ?", issueId));
                HttpResponse<String> due = rest(second, "PUT", "/engine-rest/job/" + timer + "/duedate",
                        "{\"duedate\":\"2020-01-01T00:00:00.000+0000\"}");
                assertThat(due.statusCode()).as(due.body()).isEqualTo(204);
                FaultDatabase.await("reminders sent by the job executor after the outage", Duration.ofMinutes(3),
                        () -> smtp.getReceivedMessages().length >= 6);
                Thread.sleep(5000); // anything sent twice would have arrived by now

                assertThat(db.number("select serial_number from issue where id = ?", issueId)).isEqualTo(serial);
                assertThat(db.number("select s.last_serial from briefing_series s join issue i on i.series_id = s.id "
                        + "where i.id = ?", issueId)).as("no second number drawn").isEqualTo(serial);
                assertThat(db.number("select count(*) from issue_document where issue_id = ?", issueId))
                        .isEqualTo(2);
                assertThat(db.number("select count(*) from issue_receipt where issue_id = ?", issueId))
                        .isEqualTo(3);
                assertThat(perRecipientAndSubject()).containsOnly(
                        Map.entry("kunshan@recv.test 【简报分发】", 1L), Map.entry("jurong@recv.test 【简报分发】", 1L),
                        Map.entry("binhai@recv.test 【简报分发】", 1L), Map.entry("kunshan@recv.test 【催办】", 1L),
                        Map.entry("jurong@recv.test 【催办】", 1L), Map.entry("binhai@recv.test 【催办】", 1L));
            }
        } finally {
            server.stop();
        }
    }

    /** Asks Camunda's REST API, which needs the database: retried until the pool has reconnected. */
    static String reminderTimer(ApplicationProcess app, String processInstanceId) throws Exception {
        String found = null;
        for (int attempt = 0; attempt < 60 && found == null; attempt++) {
            HttpResponse<String> jobs = rest(app, "GET",
                    "/engine-rest/job?activityId=BoundaryEvent_ReceiptReminder&processInstanceId=" + processInstanceId,
                    null);
            Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(jobs.body());
            if (jobs.statusCode() == 200 && id.find()) {
                found = id.group(1);
            } else {
                Thread.sleep(1000);
            }
        }
        assertThat(found).as("the REST API answers again after the database restart").isNotNull();
        return found;
    }

    static HttpResponse<String> rest(ApplicationProcess app, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "admin:demo123".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** "address subject-prefix" → how many such messages arrived. */
    static Map<String, Long> perRecipientAndSubject() {
        return Arrays.stream(smtp.getReceivedMessages()).flatMap(CrashRecoveryFaultTest::keys)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static Stream<String> keys(MimeMessage message) {
        try {
            String kind = message.getSubject().substring(0, message.getSubject().indexOf('】') + 1);
            return Arrays.stream(message.getAllRecipients()).map(a -> a + " " + kind);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try {
            return PostgresServer.freePort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
