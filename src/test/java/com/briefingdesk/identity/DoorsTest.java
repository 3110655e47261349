package com.briefingdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.briefingdesk.BriefingDeskTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The three doors over real HTTP: the UI's login, Camunda's REST API, Camunda's webapps. */
@BriefingDeskTest
class DoorsTest {

    @LocalServerPort
    int port;

    HttpResponse<String> get(HttpClient client, String path, String basicUser) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (basicUser != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((basicUser + ":demo123").getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Logs in through the login form, as the browser does, and returns the browser with its session. */
    HttpClient loggedIn(String username, String password) throws IOException, InterruptedException {
        HttpClient client = browser();
        get(client, "/login", null);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return client;
    }

    @Test
    void theRestApiAnswersNobodyWhoIsNotLoggedIn() throws Exception {
        HttpResponse<String> response = get(browser(), "/engine-rest/process-definition", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("article");
    }

    @Test
    void theRestApiIsForAdministratorsOnly() throws Exception {
        assertThat(get(browser(), "/engine-rest/task", "kunshan").statusCode()).isEqualTo(403);
        assertThat(get(browser(), "/engine-rest/task", "editor").statusCode()).isEqualTo(403);
        HttpResponse<String> admin = get(browser(), "/engine-rest/process-definition?key=article", "admin");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("\"key\":\"article\"");
    }

    @Test
    void aWrongPasswordDoesNotOpenTheRestApi() throws Exception {
        HttpResponse<String> response = browser().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/engine-rest/task"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:wrong".getBytes()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void cockpitSendsAnonymousVisitorsToTheLoginPage() throws Exception {
        HttpResponse<String> response = get(browser(), "/camunda/app/cockpit/default/", null);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void cockpitOpensForAdministratorsOnly() throws Exception {
        assertThat(get(loggedIn("editor", "demo123"), "/camunda/app/cockpit/default/", null).statusCode())
                .isEqualTo(403);
        assertThat(get(loggedIn("kunshan", "demo123"), "/camunda/app/cockpit/default/", null).statusCode())
                .isEqualTo(403);
        HttpResponse<String> admin = get(loggedIn("admin", "demo123"), "/camunda/app/cockpit/default/", null);
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).containsIgnoringCase("cockpit");
    }

    @Test
    void cockpitsOwnApiKnowsTheAdministratorFromTheSingleLogin() throws Exception {
        HttpClient admin = loggedIn("admin", "demo123");
        assertThat(get(admin, "/camunda/app/cockpit/default/", null).statusCode()).isEqualTo(200);
        HttpResponse<String> user = get(admin, "/camunda/api/admin/auth/user/default", null);
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("\"userId\":\"admin\"");
    }

    @Test
    void aWrongPasswordIsRefusedAtTheLoginForm() throws Exception {
        HttpClient client = browser();
        get(client, "/login", null);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=nope")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location").orElse("")).contains("error");
    }

    @Test
    void theApplicationsViewsSendAnonymousVisitorsToTheLoginPage() throws Exception {
        for (String path : new String[] {"/", "/articles", "/articles/new", "/articles/1",
                "/tasks/article-triage/abc", "/tasks/article-revise/abc", "/tasks/issue-receipt/abc", "/published/1",
                "/archive", "/issues/1/circulation"}) {
            HttpResponse<String> response = get(browser(), path, null);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/login");
        }
    }
}
