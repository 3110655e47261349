package com.briefingdesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints the table of every benchmark's figures beside their limits, with the machine they were measured on; the
 * last step of {@code ./mvnw verify -Pbench} (exec-maven-plugin). The same table, pasted, is BENCHMARKS.md's.
 */
public final class BenchmarkSummary {

    private BenchmarkSummary() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = BenchFigures.dir();
        List<String[]> rows = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        rows.add(line.split("\t", -1));
                    }
                }
            }
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("%nBenchmarks on %d cores, %.1f GiB memory, %s %s, Java %s%n%n",
                Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() / (1024.0 * 1024 * 1024),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"));
        System.out.println("| figure | measured | limit / target / reference | verdict |");
        System.out.println("|---|---|---|---|");
        for (String[] row : rows) {
            System.out.printf("| %s |%n", String.join(" | ", row));
        }
        if (rows.isEmpty()) {
            System.out.println("| (no figures: did the benchmarks run?) | | | |");
        }
        System.out.println();
    }
}
