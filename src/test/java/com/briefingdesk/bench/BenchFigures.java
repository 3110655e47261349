package com.briefingdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where each benchmark leaves its figures for the summary table that {@link BenchmarkSummary} prints at the end of
 * {@code ./mvnw verify -Pbench}: one tab-separated line per figure in {@code target/bench/<benchmark>.tsv}. The
 * benchmarks run in several JVMs (Surefire, Failsafe), so the table is assembled from files.
 */
public final class BenchFigures {

    /** One line of the table: what was measured, the figure, what it is measured against, and whether it met it. */
    public record Figure(String name, String measured, String against, String verdict) {
        String line() {
            return String.join("\t", clean(name), clean(measured), clean(against), clean(verdict));
        }

        private static String clean(String s) {
            return s.replace('\t', ' ').replace('\n', ' ');
        }
    }

    private BenchFigures() {
    }

    static Path dir() {
        return Path.of(System.getProperty("bench.figures", "target/bench"));
    }

    /** Replaces the figures of one benchmark (named so the table sorts in the order of BENCHMARKS.md). */
    public static void record(String benchmark, List<Figure> figures) {
        try {
            Files.createDirectories(dir());
            Files.write(dir().resolve(benchmark + ".tsv"), figures.stream().map(Figure::line).toList(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        figures.forEach(f -> System.out.printf("BENCH %-60s %-28s %-32s %s%n", f.name(), f.measured(), f.against(),
                f.verdict()));
    }

    /** "met" or "MISSED", for a figure that must stay at or under its limit. */
    public static String atMost(double measured, double limit) {
        return measured <= limit ? "met" : "MISSED";
    }

    /** "met" or "MISSED", for a figure that must reach at least its target. */
    public static String atLeast(double measured, double target) {
        return measured >= target ? "met" : "MISSED";
    }
}
