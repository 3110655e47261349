package com.briefingdesk.bench;

import java.util.Arrays;

/** Times a call many times after a warm-up and gives its percentiles in milliseconds. */
record Latencies(double p50, double p95, int calls) {

    static Latencies of(int warmUp, int calls, Runnable call) {
        for (int i = 0; i < warmUp; i++) {
            call.run();
        }
        double[] millis = new double[calls];
        for (int i = 0; i < calls; i++) {
            long t0 = System.nanoTime();
            call.run();
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(millis);
        return new Latencies(percentile(millis, 50), percentile(millis, 95), calls);
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    String text() {
        return String.format("p50 %.1f ms, p95 %.1f ms", p50, p95);
    }
}
