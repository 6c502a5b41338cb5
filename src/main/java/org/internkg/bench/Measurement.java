package org.internkg.bench;

import java.util.Arrays;

/** One cell of the benchmark: throughput and latency percentiles of one query at one concurrency, and the failures. */
public record Measurement(double requestsPerSecond, double p50Millis, double p95Millis, double p99Millis, long completed, long failed) {

    /** From the latencies (nanoseconds) of the requests that completed within {@code seconds}. */
    static Measurement of(long[] latencies, long failed, double seconds) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new Measurement(sorted.length / seconds, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted.length, failed);
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int at = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))] / 1e6;
    }
}
