package com.briefingdesk.kernel;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL runs detached from the JVM (pg_ctl starts it), so an application that is killed
 * (kill -9, out of memory) leaves its server running on the data directory, and the next start would fail with
 * "lock file postmaster.pid already exists". Before the embedded server starts, a server left so is shut down:
 * one that runs on this very directory while no living application holds the directory's lock.
 */
final class LeftoverPostmaster {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);
    /** The lock file the embedded server's library holds while an application uses the directory. */
    static final String DIRECTORY_LOCK = "epg-lock";

    private LeftoverPostmaster() {
    }

    static void stopIfOrphaned(Path dataDir) throws IOException {
        Optional<ProcessHandle> postmaster = runningOn(dataDir);
        if (postmaster.isEmpty()) {
            return; // none, or a stale pid file, which PostgreSQL itself sees through
        }
        try (FileChannel channel = FileChannel.open(dataDir.resolve(DIRECTORY_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                return; // another application uses the directory; starting beside it fails, and says so
            }
            log.warn("PostgreSQL (pid {}) still runs on {} after its application ended; shutting it down",
                    postmaster.get().pid(), dataDir.toAbsolutePath());
            // SIGTERM, PostgreSQL's smart shutdown: the killed application's sessions are gone already
            postmaster.get().destroy();
            postmaster.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the PostgreSQL left on " + dataDir, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the PostgreSQL left on " + dataDir + " (pid " + postmaster.get().pid()
                    + ") did not stop; stop it and start again", e);
        }
    }

    /** The server process named in the directory's postmaster.pid, if it is alive and serves this directory. */
    static Optional<ProcessHandle> runningOn(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 2 || !lines.get(0).trim().matches("\\d+")) {
            return Optional.empty();
        }
        Path served = Path.of(lines.get(1).trim()).toAbsolutePath().normalize();
        if (!served.equals(dataDir.toAbsolutePath().normalize())) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }
}
