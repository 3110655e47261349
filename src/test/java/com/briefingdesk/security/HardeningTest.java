package com.briefingdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.UserDirectory;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The doors against the usual attacks, over real HTTP: session fixation, cross-site requests, framing and sniffing,
 * Java serialization and expressions through the engine's REST API, passwords in the logs.
 */
@BriefingDeskTest
class HardeningTest {

    static final String JSON = "application/json";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    UserDirectory directory;
    @Autowired
    PasswordEncoder encoder;

    WebSession browser() {
        return new WebSession(port);
    }

    String admin() {
        return WebSession.basic("admin", "demo123");
    }

    @Test
    void theSessionIdChangesAtLogin() {
        WebSession browser = browser();
        browser.get("/login");
        String before = browser.sessionId().orElseThrow();
        browser.loggedIn("editor", "demo123");
        assertThat(browser.sessionId()).get().isNotEqualTo(before);
    }

    @Test
    void aLogoutPostedWithoutTheCsrfTokenIsRefused() {
        WebSession browser = browser().loggedIn("editor", "demo123");
        HttpResponse<String> logout = browser.post("/logout", "application/x-www-form-urlencoded", "");
        assertThat(logout.statusCode()).isEqualTo(403);
        assertThat(browser.get("/").statusCode()).as("still logged in").isEqualTo(200);
    }

    @Test
    void cockpitsApiRefusesAPostWithoutItsCsrfToken() {
        WebSession admin = browser().loggedIn("admin", "demo123");
        assertThat(admin.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        HttpResponse<String> post = admin.post("/camunda/api/admin/auth/user/default/logout", JSON, "{}");
        // Camunda's filter refuses with 403; the error dispatch then answers with the login redirect.
        assertThat(post.statusCode()).isGreaterThanOrEqualTo(300);
        assertThat(post.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
    }

    @Test
    void vaadinRefusesAnUidlRequestWithTheWrongSecurityKey() {
        WebSession browser = browser().loggedIn("editor", "demo123");
        HttpResponse<String> init = browser.get("/?v-r=init&location=&query=");
        Matcher key = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"").matcher(init.body());
        assertThat(key.find()).as(init.body()).isTrue();
        Matcher ui = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)").matcher(init.body());
        assertThat(ui.find()).isTrue();
        String path = "/?v-r=uidl&v-uiId=" + ui.group(1);
        HttpResponse<String> wrong = browser.post(path, JSON,
                "{\"csrfToken\":\"not-the-key\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");
        HttpResponse<String> right = browser.post(path, JSON,
                "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");
        // Refused: no change applied, the client told to start over (syncId -1).
        assertThat(wrong.body()).contains("\"syncId\":-1", "appError").doesNotContain("\"syncId\":1");
        assertThat(right.body()).contains("\"syncId\":1");
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        HttpResponse<String> login = browser().get("/login");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(login.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'")
                // Vaadin's bootstrap and executeJs need these; nothing from other origins.
                .contains("'unsafe-inline'", "'unsafe-eval'").doesNotContain("*", "http:", "https:");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).as("plain http").isEmpty();

        WebSession admin = browser().loggedIn("admin", "demo123");
        HttpResponse<String> cockpit = admin.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(cockpit.headers().firstValue("Referrer-Policy")).isPresent();
        assertThat(cockpit.headers().allValues("Content-Security-Policy")).as("Camunda's own policy").hasSize(1)
                .first().asString().contains("frame-ancestors 'none'");
        HttpResponse<String> rest = browser().get("/engine-rest/engine", "Authorization", admin());
        assertThat(rest.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void behindATlsProxyPagesAskForHttpsOnly() {
        HttpResponse<String> login = browser().get("/login", "X-Forwarded-Proto", "https");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).get().asString()
                .contains("max-age=");
    }

    @Test
    void javaSerializedVariablesAreRefusedByTheRestApi() {
        String businessKey = "serialized-" + System.nanoTime();
        HttpResponse<String> start = browser().post("/engine-rest/process-definition/key/article/start", JSON, """
                {"businessKey": "%s", "variables": {"payload": {"value": "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==",
                 "type": "Object", "valueInfo": {"objectTypeName": "java.util.HashMap",
                 "serializationDataFormat": "application/x-java-serialized-object"}}}}""".formatted(businessKey),
                "Authorization", admin());
        assertThat(start.statusCode()).isBetween(400, 599);
        assertThat(start.body()).containsIgnoringCase("serializ");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count())
                .isZero();
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .isJavaSerializationFormatEnabled()).isFalse();
    }

    @Test
    void expressionsAndScriptsAreOutOfReachOfUserInput() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        // An expression typed into a query, even by an administrator, is refused.
        HttpResponse<String> query = browser().get("/engine-rest/task?assigneeExpression="
                + WebSession.encode("${execution.getProcessEngineServices()}"), "Authorization", admin());
        assertThat(query.statusCode()).isEqualTo(400);
        assertThat(query.body()).contains("Expressions are forbidden");
        assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
        assertThat(configuration.isEnableScriptEngineLoadExternalResources()).isFalse();
        // No general-purpose script language (JavaScript, Groovy, Python, Ruby) on the class path: only Camunda's own
        // expression languages, FEEL and JUEL, which a model brings in and only administrators deploy models.
        assertThat(new ScriptEngineManager().getEngineFactories()).extracting(f -> f.getEngineName().toLowerCase())
                .allMatch(name -> name.contains("feel") || name.contains("juel"));
        // Deploying models (with any script or expression in them) is the administrators' alone.
        String multipart = "multipart/form-data; boundary=x";
        String body = "--x\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nevil\r\n--x--\r\n";
        assertThat(browser().post("/engine-rest/deployment/create", multipart, body).statusCode()).isEqualTo(401);
        assertThat(browser().post("/engine-rest/deployment/create", multipart, body, "Authorization",
                WebSession.basic("editor", "demo123")).statusCode()).isEqualTo(403);
        assertThat(browser().post("/engine-rest/deployment/create", multipart, body, "Authorization",
                WebSession.basic("kunshan", "demo123")).statusCode()).isEqualTo(403);
    }

    @Test
    void passwordsNeverReachTheLog() {
        String password = "Pw-" + System.nanoTime() + "-secret";
        String wrong = "Wrong-" + System.nanoTime() + "-guess";
        AppUser person = directory.createUser("logpw" + System.nanoTime(), "x",
                directory.findUnitByCode("office").orElseThrow().id(), encoder.encode(password), EnumSet.of(Role.ADMIN));
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = logging.getLogger(Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        Map<Logger, Level> levels = Map.of(logging.getLogger("org.springframework.security"),
                logging.getLogger("org.springframework.security").getEffectiveLevel(),
                logging.getLogger("com.briefingdesk"), logging.getLogger("com.briefingdesk").getEffectiveLevel(),
                logging.getLogger("org.camunda"), logging.getLogger("org.camunda").getEffectiveLevel());
        try {
            levels.keySet().forEach(logger -> logger.setLevel(Level.TRACE));
            browser().logIn(person.username(), wrong);
            browser().loggedIn(person.username(), password);
            browser().get("/engine-rest/engine", "Authorization", WebSession.basic(person.username(), wrong));
            browser().get("/engine-rest/engine", "Authorization", WebSession.basic(person.username(), password));
        } finally {
            levels.forEach(Logger::setLevel);
            root.detachAppender(captured);
        }
        List<String> lines = captured.list.stream().map(e -> e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy()))).toList();
        assertThat(lines).as("something was logged at TRACE").isNotEmpty();
        assertThat(lines).noneMatch(line -> line.contains(password) || line.contains(wrong));
    }
}
