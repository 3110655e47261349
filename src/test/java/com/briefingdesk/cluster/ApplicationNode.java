package com.briefingdesk.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application in a JVM of its own on a loopback port, as an operator starts it: {@code java -jar},
 * its output in a log file. The two-node test and the start-up benchmark use it; it speaks to the node through
 * Camunda's REST API as the demo administrator.
 */
public final class ApplicationNode implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString("admin:demo123".getBytes(StandardCharsets.UTF_8));

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;
    private final long startedAt;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ApplicationNode(String name, int port, Process process, Path log, long startedAt) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
        this.startedAt = startedAt;
    }

    /** The packaged jar, from the {@code app.jar} property the pom sets; the project directory holds its frontend. */
    public static Path jar() {
        return Path.of(System.getProperty("app.jar", "target/briefing-desk-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
    }

    public static Path projectDir() {
        return Path.of(System.getProperty("app.basedir", ".")).toAbsolutePath();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts {@code java -jar} with the given JVM options, application arguments and environment. */
    public static ApplicationNode start(String name, List<String> jvmOptions, List<String> arguments,
                                        Map<String, String> environment, Path logDir) throws IOException {
        return start(name, jvmOptions, jar(), arguments, environment, logDir);
    }

    /** Starts {@code java -jar} of another jar of the application, such as the one Spring Boot extracts. */
    public static ApplicationNode start(String name, List<String> jvmOptions, Path jar, List<String> arguments,
                                        Map<String, String> environment, Path logDir) throws IOException {
        return launch(name, jvmOptions, List.of("-jar", jar.toString()), arguments, environment, logDir);
    }

    /**
     * Starts the application from this JVM's class path instead of the jar: the development-mode frontend of the
     * unoptimised jar cannot serve Vaadin UIs (its resources are not unpacked), the classes can.
     */
    public static ApplicationNode startFromClasses(String name, List<String> jvmOptions, List<String> arguments,
                                                   Path logDir) throws IOException {
        return launch(name, jvmOptions, List.of("-cp", System.getProperty("java.class.path"),
                "com.briefingdesk.BriefingDeskApplication"), arguments, Map.of(), logDir);
    }

    private static ApplicationNode launch(String name, List<String> jvmOptions, List<String> launcher,
                                          List<String> arguments, Map<String, String> environment, Path logDir)
            throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(launcher);
        command.add("--server.port=" + port);
        // The development-mode frontend of an unoptimised jar is found from the project directory.
        command.add("--vaadin.devmode.devTools.enabled=false");
        command.addAll(arguments);
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(projectDir().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        long startedAt = System.nanoTime();
        return new ApplicationNode(name, port, builder.start(), log, startedAt);
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port + "/";
    }

    /** Waits until the node answers on its REST API; returns the seconds since the JVM was launched. */
    public double awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                if (status("engine-rest/engine") == 200) {
                    return (System.nanoTime() - startedAt) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + ":\n" + logTail());
    }

    public double secondsSinceLaunch() {
        return (System.nanoTime() - startedAt) / 1e9;
    }

    /** What Spring Boot says it took, from the "Started ... in N seconds" line of the log. */
    public double reportedStartSeconds() throws IOException {
        return Files.readAllLines(log).stream().filter(l -> l.contains("Started BriefingDeskApplication in"))
                .map(l -> l.replaceAll(".*Started BriefingDeskApplication in ([0-9.]+) seconds.*", "$1"))
                .mapToDouble(Double::parseDouble).findFirst().orElse(Double.NaN);
    }

    public List<String> logLines() throws IOException {
        return Files.readAllLines(log);
    }

    public int status(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    public JsonNode get(String path) {
        return send(request(path).GET().build());
    }

    public JsonNode post(String path, Object body) {
        try {
            return send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", ADMIN);
    }

    private JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(name + " answered " + response.statusCode() + " to "
                        + request.method() + " " + request.uri() + ": " + response.body());
            }
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops the JVM as an operator would (SIGTERM, graceful shutdown), forcibly if it hangs. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
