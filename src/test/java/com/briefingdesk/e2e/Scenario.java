package com.briefingdesk.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** One scenario's name and the numbering of its steps' files: target/e2e/&lt;scenario&gt;-&lt;nn&gt;-&lt;step&gt;.png. */
final class Scenario {

    private final String name;
    private final AtomicInteger steps = new AtomicInteger();

    Scenario(String name) {
        this.name = name;
        try {
            Files.createDirectories(E2E.outputDir());
            // the files of an earlier run of this scenario would mix with this run's
            try (Stream<Path> earlier = Files.list(E2E.outputDir())) {
                for (Path file : earlier.filter(f -> f.getFileName().toString().startsWith(name + "-")).toList()) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return name;
    }

    /** The file of the next step, e.g. {@code article-03-editor-inbox.png}. */
    Path nextStepFile(String step, String extension) {
        return E2E.outputDir().resolve(String.format(Locale.ROOT, "%s-%02d-%s.%s", name, steps.incrementAndGet(),
                slug(step), extension));
    }

    /** A file of the scenario that is no step, e.g. {@code article-console.log}. */
    Path file(String suffix) {
        return E2E.outputDir().resolve(name + "-" + suffix);
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
