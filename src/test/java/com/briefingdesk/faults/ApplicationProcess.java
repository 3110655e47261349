package com.briefingdesk.faults;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Briefing Desk in a JVM of its own, on the test's class path, against a PostgreSQL server the test controls,
 * given as BRIEFING_DB_URL as an operator would. The test can stop it gently, or kill it (kill -9) mid-work.
 */
final class ApplicationProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private ApplicationProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts it; {@code settings} are Spring properties (a drill step, mail server, job executor). */
    static ApplicationProcess start(String jdbcUrl, Path log, Map<String, String> settings) throws IOException {
        return launch(jdbcUrl, log, settings);
    }

    /** Starts it as {@code ./mvnw spring-boot:run} does, on its own embedded PostgreSQL in {@code dataDir}. */
    static ApplicationProcess startEmbedded(Path dataDir, Path log) throws IOException {
        return launch(null, log, Map.of("briefing.embedded-db.data-dir", dataDir.toString()));
    }

    private static ApplicationProcess launch(String jdbcUrl, Path log, Map<String, String> settings)
            throws IOException {
        int port = PostgresServer.freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-Duser.language=zh", "-Duser.country=CN",
                "-cp", classPath(), "com.briefingdesk.BriefingDeskApplication",
                "--server.port=" + port, "--spring.profiles.active=demo", "--spring.main.banner-mode=off",
                "--vaadin.devmode.devTools.enabled=false", "--vaadin.launch-browser=false"));
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        if (jdbcUrl == null) {
            builder.environment().remove("BRIEFING_DB_URL");
        } else {
            builder.environment().put("BRIEFING_DB_URL", jdbcUrl);
            builder.environment().put("BRIEFING_DB_USER", "postgres");
            builder.environment().put("BRIEFING_DB_PASSWORD", "");
        }
        return new ApplicationProcess(builder.start(), log, port);
    }

    /**
     * The test's class path without empty entries: Surefire's ends in one, which Java would read as the working
     * directory, where bpmn/ holds the models a second time.
     */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).collect(Collectors.joining(File.pathSeparator));
    }

    int port() {
        return port;
    }

    Path log() {
        return log;
    }

    /**
     * Waits for a line of the log, from its start, that matches, and returns the match; fails early if the JVM
     * ended. Reads only what was added since the last look.
     */
    Matcher await(String regex, Duration timeout) throws IOException, InterruptedException {
        Pattern pattern = Pattern.compile(regex);
        Instant deadline = Instant.now().plus(timeout);
        long read = 0;
        StringBuilder partial = new StringBuilder();
        while (Instant.now().isBefore(deadline)) {
            try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
                if (file.length() > read) {
                    byte[] added = new byte[(int) (file.length() - read)];
                    file.seek(read);
                    file.readFully(added);
                    read += added.length;
                    partial.append(new String(added, StandardCharsets.UTF_8));
                    int end = partial.lastIndexOf("\n");
                    for (String line : partial.substring(0, end + 1).split("\n")) {
                        Matcher matcher = pattern.matcher(line);
                        if (matcher.find()) {
                            return matcher;
                        }
                    }
                    partial.delete(0, end + 1);
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the application ended (" + process.exitValue() + ") before '"
                        + regex + "'; see " + log);
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("no '" + regex + "' within " + timeout + "; see " + log);
    }

    /** kill -9: no shutdown hook, no transaction finished, nothing flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(1, TimeUnit.MINUTES);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                kill();
            }
        }
    }
}
