package com.briefingdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.Office;
import com.briefingdesk.article.Article;
import com.briefingdesk.article.SampleArticles;
import com.briefingdesk.circulation.PublicationFixtures;
import com.briefingdesk.circulation.Receipts;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.ValidationException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Decisions and logins land in the audit trail with who, what, which object and from where; the application's own
 * database user can add rows but never change or remove one.
 */
@BriefingDeskTest
class AuditTrailTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditSearch search;
    @Autowired
    PublicationFixtures fixtures;
    @Autowired
    Receipts receipts;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @LocalServerPort
    int port;

    List<AuditEvent> of(String objectType, Object objectId) {
        return search.search(fixtures.issues.user("admin"), new AuditQuery(null, null, objectType,
                String.valueOf(objectId), null, null, null));
    }

    @Test
    void theApplicationsOwnDatabaseUserCannotChangeOrRemoveARow() throws Exception {
        String marker = "immutable-" + System.nanoTime();
        trail.recordAs("admin", AuditAction.PASSWORD_RESET, "user", marker, "before");
        long id = jdbc.queryForObject("select id from audit_event where object_id = ?", Long.class, marker);

        assertThatThrownBy(() -> jdbc.update("update audit_event set detail = 'after' where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event"))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        // the same through a plain connection of the pool, outside any Spring translation
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("delete from audit_event"))
                    .isInstanceOf(java.sql.SQLException.class).hasMessageContaining("append-only");
        }

        assertThat(jdbc.queryForObject("select detail from audit_event where id = ?", String.class, id))
                .isEqualTo("before");
    }

    @Test
    void everyDecisionFromSubmissionToReceiptIsRecordedWithItsPersonAndObject() {
        Article article = fixtures.issues.accepted("jurong", SampleArticles.all().get(1));
        assertThat(of("article", article.id())).extracting(AuditEvent::actor, AuditEvent::action)
                .contains(tuple("jurong", AuditAction.ARTICLE_SUBMITTED),
                        tuple("editor", AuditAction.TASK_COMPLETED));
        assertThat(of("article", article.id())).filteredOn(e -> e.action() == AuditAction.TASK_COMPLETED)
                .singleElement().satisfies(e -> assertThat(e.detail()).startsWith("稿件初审 ")
                        .contains("decision=ACCEPT"));

        Issue issue = fixtures.signedOff(fixtures.circulatingSeries(), List.of(article));
        List<AuditEvent> issueEvents = of("issue", issue.id());
        assertThat(issueEvents).extracting(AuditEvent::actor).contains("editor", "editor2", "reviewer", "signer");
        assertThat(issueEvents).filteredOn(e -> "signer".equals(e.actor())).singleElement()
                .satisfies(e -> assertThat(e.detail()).startsWith("签发 ").contains("signOffDecision=APPROVE"));
        assertThat(issueEvents).anyMatch(e -> e.action() == AuditAction.ISSUE_STARTED);

        managementService.executeJob(fixtures.renderJob(issue).getId());
        assertThat(of("issue", issue.id())).filteredOn(e -> e.action() == AuditAction.ISSUE_PUBLISHED)
                .singleElement().satisfies(e -> assertThat(e.actor()).as("the system").isNull());

        receipts.acknowledge(fixtures.issues.user("kunshan-recv"), issue.id());
        assertThat(of("issue", issue.id())).filteredOn(e -> e.action() == AuditAction.RECEIPT_ACKNOWLEDGED)
                .singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("kunshan-recv");
                    assertThat(e.detail()).isEqualTo("kunshan");
                });
    }

    @Test
    void loginsAtTheRestApiAndTheLoginFormAreRecordedWithTheClientButNeverThePassword() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String agent = "audit-test-" + System.nanoTime();
        String wrong = "wrong-" + System.nanoTime();
        assertThat(send(client, HttpRequest.newBuilder(uri("/engine-rest/process-definition"))
                .header("Authorization", basic("admin", "demo123")).header("User-Agent", agent).GET()))
                .isEqualTo(200);
        assertThat(send(client, HttpRequest.newBuilder(uri("/engine-rest/process-definition"))
                .header("Authorization", basic("admin", wrong)).header("User-Agent", agent).GET()))
                .isEqualTo(401);
        send(client, HttpRequest.newBuilder(uri("/login")).header("User-Agent", agent)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=nobody-" + agent + "&password=" + wrong)));

        List<AuditEvent> ours = search.search(fixtures.issues.user("admin"),
                new AuditQuery(null, null, null, null, Office.today(), null, agent));
        assertThat(ours).extracting(AuditEvent::action, AuditEvent::actor, AuditEvent::objectId).containsExactly(
                tuple(AuditAction.LOGIN_FAILED, "nobody-" + agent, "/login"),
                tuple(AuditAction.LOGIN_FAILED, "admin", "/engine-rest"),
                tuple(AuditAction.LOGIN_SUCCEEDED, "admin", "/engine-rest"));
        assertThat(ours).allSatisfy(e -> {
            assertThat(e.clientIp()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
            assertThat(e.userAgent()).isEqualTo(agent);
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_event where concat_ws(' ', actor, object_id, "
                + "detail, user_agent) like ?", Long.class, "%" + wrong + "%")).isZero();
    }

    @Test
    void onlyAdministratorsMaySearchAndAPeriodMustNotEndBeforeItStarts() {
        assertThatThrownBy(() -> search.search(fixtures.issues.user("editor"), AuditQuery.EVERYTHING))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> new AuditQuery(null, null, null, null, LocalDate.of(2026, 5, 2),
                LocalDate.of(2026, 5, 1), null)).isInstanceOf(ValidationException.class);
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static int send(HttpClient client, HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
