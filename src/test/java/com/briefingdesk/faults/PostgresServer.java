package com.briefingdesk.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server that a fault test stops and starts with pg_ctl: either one it creates itself from a
 * distribution's binaries (initdb in a fresh directory, a free port), or the embedded server the application
 * already runs, found through its data directory.
 */
final class PostgresServer {

    /** Debian's PostgreSQL 15 (packages postgresql-15, postgresql-client-15), whose pg_dump can read it. */
    static final Path DEBIAN_BIN = Path.of("/usr/lib/postgresql/15/bin");

    private final Path bin;
    private final Path dataDir;
    private final int port;
    private final String options;

    private PostgresServer(Path bin, Path dataDir, int port, String options) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
        this.options = options;
    }

    /** A new cluster in {@code dataDir} (trust authentication, user postgres, UTF-8), not yet started. */
    static PostgresServer initialise(Path bin, Path dataDir) throws IOException, InterruptedException {
        Files.createDirectories(dataDir.getParent());
        run(List.of(bin.resolve("initdb").toString(), "-D", dataDir.toString(), "-U", "postgres", "-A", "trust",
                "-E", "UTF8", "--locale=C.UTF-8"), dataDir.getParent().resolve("initdb.log"));
        int port = freePort();
        String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + dataDir
                + " -c max_connections=100 -c fsync=off";
        return new PostgresServer(bin, dataDir, port, options);
    }

    /**
     * The server that runs on {@code dataDir}, started by someone else: its binaries and options are the ones it
     * was started with (postmaster.opts), so that a restart brings it back on the same port and data.
     */
    static PostgresServer running(Path dataDir) throws IOException {
        List<String> words = new ArrayList<>();
        Matcher quoted = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(Files.readString(
                dataDir.resolve("postmaster.opts")).strip());
        while (quoted.find()) {
            words.add(quoted.group(1) != null ? quoted.group(1) : quoted.group(2));
        }
        Path bin = Path.of(words.get(0)).getParent();
        List<String> options = new ArrayList<>();
        int port = 5432;
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).equals("-D")) {
                i++;
            } else {
                if (words.get(i).equals("-p")) {
                    port = Integer.parseInt(words.get(i + 1));
                }
                options.add(words.get(i));
            }
        }
        return new PostgresServer(bin, dataDir, port, String.join(" ", options));
    }

    void start() throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-o", options,
                "-l", dataDir.resolveSibling(dataDir.getFileName() + ".log").toString(), "-w", "-t", "120", "start"),
                dataDir.resolveSibling(dataDir.getFileName() + "-pg_ctl.log"));
    }

    /** A fast shutdown: open connections are cut, as when the server is restarted under the application. */
    void stop() throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "120",
                "stop"), dataDir.resolveSibling(dataDir.getFileName() + "-pg_ctl.log"));
    }

    boolean isRunning() throws IOException, InterruptedException {
        Process status = new ProcessBuilder(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "status")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return status.waitFor() == 0;
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
    }

    void createDatabase(String name) throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("create database " + name + " encoding 'UTF8' template template0");
        }
    }

    /** A tool of the same installation: pg_dump, pg_restore (or of Debian's client package, which has them). */
    Path tool(String name) {
        Path own = bin.resolve(name);
        return Files.isExecutable(own) ? own : DEBIAN_BIN.resolve(name);
    }

    static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + log + ":\n"
                    + Files.readString(log));
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
