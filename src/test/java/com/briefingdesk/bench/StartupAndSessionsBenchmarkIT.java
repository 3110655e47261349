package com.briefingdesk.bench;

import com.briefingdesk.cluster.ApplicationNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Start-up of the packaged application (java -jar, its own embedded PostgreSQL), first on an empty data directory
 * and then again on the same, warm one; then, on the same data started from the classes (the unoptimised jar's
 * development-mode frontend serves no UI), the heap that logged-in Vaadin sessions hold: many real HTTP sessions
 * (login form, the inbox's bootstrap page and the request that creates its UI), a full GC before and after, and
 * the difference in used heap divided by the sessions. Prints, never asserts. Runs in Failsafe after packaging.
 */
class StartupAndSessionsBenchmarkIT {

    static final int SESSIONS = 200;
    static final double START_LIMIT_S = 20;
    static final double SESSION_LIMIT_KB = 1024;
    static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    static final List<String> JVM = List.of("-Xmx1g");

    @Test
    void printsStartUpTimesAndHeapPerSession() throws Exception {
        Path target = ApplicationNode.projectDir().resolve("target");
        Path dataDir = target.resolve("bench-startup-postgres");
        // not briefing.embedded-db.clean: that also removes the directory when the node stops
        List<String> arguments = List.of("--briefing.embedded-db.data-dir=" + dataDir);
        Path logs = target.resolve("bench");
        deleteRecursively(dataDir); // the embedded server cleans its directory when it stops, not when it starts

        double coldReady;
        double coldReported;
        try (ApplicationNode node = ApplicationNode.start("startup-cold", JVM, arguments, Map.of(), logs)) {
            coldReady = node.awaitReady(START_TIMEOUT);
            coldReported = node.reportedStartSeconds();
        }
        double warmReady;
        double warmReported;
        try (ApplicationNode node = ApplicationNode.start("startup-warm", JVM, arguments, Map.of(), logs)) {
            warmReady = node.awaitReady(START_TIMEOUT);
            warmReported = node.reportedStartSeconds();
        }
        // The production launch Spring Boot documents: the jar extracted, with a class data sharing archive written
        // at the exit of a training run. Classes then load from the archive, parsed and verified already. (Not with
        // -Dspring.context.exit=onRefresh: that exit leaves the embedded PostgreSQL running on the data directory.)
        Path extracted = target.resolve("bench-extracted");
        deleteRecursively(extracted);
        int extract = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djarmode=tools", "-jar", ApplicationNode.jar().toString(), "extract", "--destination",
                extracted.toString()).redirectErrorStream(true).redirectOutput(logs.resolve("extract.log").toFile())
                .start().waitFor();
        if (extract != 0) {
            throw new IllegalStateException("extracting the jar failed: " + extract + ", see target/bench/extract.log");
        }
        Path extractedJar = extracted.resolve(ApplicationNode.jar().getFileName());
        Path archive = extracted.resolve("application.jsa");
        try (ApplicationNode training = ApplicationNode.start("startup-cds-training",
                List.of(JVM.get(0), "-XX:ArchiveClassesAtExit=" + archive), extractedJar, arguments, Map.of(), logs)) {
            training.awaitReady(START_TIMEOUT);
        }
        if (!Files.exists(archive)) {
            throw new IllegalStateException("the training run wrote no archive, see target/bench/startup-cds-training.log");
        }
        double cdsReady;
        double cdsReported;
        try (ApplicationNode node = ApplicationNode.start("startup-cds", List.of(JVM.get(0),
                "-XX:SharedArchiveFile=" + archive), extractedJar, arguments, Map.of(), logs)) {
            cdsReady = node.awaitReady(START_TIMEOUT);
            cdsReported = node.reportedStartSeconds();
        }
        double perSessionKb;
        // the test class path holds the models twice (classes and jar): deploy the first copy only
        List<String> fromClasses = List.of(arguments.get(0),
                "--camunda.bpm.deployment-resource-pattern=classpath:bpmn/*.bpmn");
        // soft references go at every full GC, so that caches filled or let go meanwhile do not blur the difference
        List<String> jvm = List.of(JVM.get(0), "-XX:SoftRefLRUPolicyMSPerMB=0");
        try (ApplicationNode node = ApplicationNode.startFromClasses("sessions", jvm, fromClasses, logs)) {
            node.awaitReady(START_TIMEOUT);
            firstUi(node);
            perSessionKb = heapPerSessionKb(node);
        }
        BenchFigures.record("3-startup", List.of(
                new BenchFigures.Figure("3. start-up, warm embedded database, extracted jar with class data sharing"
                        + " (JVM launch to REST answering)",
                        String.format("%.1f s (Spring: %.1f s)", cdsReady, cdsReported),
                        "< " + (int) START_LIMIT_S + " s", BenchFigures.atMost(cdsReady, START_LIMIT_S)),
                new BenchFigures.Figure("3. start-up, warm embedded database, plain java -jar",
                        String.format("%.1f s (Spring: %.1f s)", warmReady, warmReported),
                        "for comparison", "-"),
                new BenchFigures.Figure("3. start-up, empty data directory (initdb, schema, demo data)",
                        String.format("%.1f s (Spring: %.1f s)", coldReady, coldReported), "for information", "-"),
                new BenchFigures.Figure("3. heap per logged-in Vaadin session (" + SESSIONS + " sessions, inbox)",
                        String.format("%.0f KB", perSessionKb), "< 1 MB",
                        BenchFigures.atMost(perSessionKb, SESSION_LIMIT_KB))));
    }

    /**
     * Development mode prepares the frontend in the background after the application has started: the first login
     * may find the UI not ready yet. Seconds from launch until a logged-in UI is served.
     */
    private static double firstUi(ApplicationNode node) throws Exception {
        for (int attempt = 0; ; attempt++) {
            try {
                loggedIn(node);
                return node.secondsSinceLaunch();
            } catch (IllegalStateException notYet) {
                if (attempt == 120) {
                    throw notYet;
                }
                Thread.sleep(1000);
            }
        }
    }

    private static double heapPerSessionKb(ApplicationNode node) throws Exception {
        List<HttpClient> sessions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sessions.add(loggedIn(node)); // warm-up: the first sessions load classes and fill caches
        }
        Thread.sleep(10_000); // development mode finishes its background work after the first UIs
        long before = usedHeapKb(node);
        for (int i = 0; i < SESSIONS; i++) {
            sessions.add(loggedIn(node));
        }
        long after = usedHeapKb(node);
        System.out.printf("BENCH heap used after GC: %,d KB before, %,d KB after %d sessions%n", before, after,
                SESSIONS);
        return (after - before) / (double) SESSIONS;
    }

    /** A browser's first steps: the login page, the login form, the inbox page and the request creating its UI. */
    private static HttpClient loggedIn(ApplicationNode node) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = get(http, node.baseUrl() + "login").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(loginPage);
        String form = "username=editor&password=" + URLEncoder.encode("demo123", StandardCharsets.UTF_8)
                + (csrf.find() ? "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) : "");
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login refused: " + login.statusCode() + " " + location);
        }
        get(http, node.baseUrl());
        HttpResponse<String> init = get(http, node.baseUrl() + "?v-r=init&location=&query=");
        if (init.statusCode() != 200 || !init.body().contains("uidl")) {
            throw new IllegalStateException("no UI created: " + init.statusCode() + " " + init.body());
        }
        return http;
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Used heap after two full collections, from the JVM itself (jcmd GC.heap_info). */
    private static long usedHeapKb(ApplicationNode node) throws IOException, InterruptedException {
        jcmd(node, "GC.run");
        jcmd(node, "GC.run");
        String info = jcmd(node, "GC.heap_info");
        Matcher used = Pattern.compile("total \\d+K, used (\\d+)K").matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("no heap figure in:\n" + info);
        }
        return Long.parseLong(used.group(1));
    }

    private static String jcmd(ApplicationNode node, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(node.pid()), command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }
}
