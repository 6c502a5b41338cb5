package org.internkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Waits until a server process has stopped working on the previous cell's requests. A client that leaves does
 * not stop the queries it started (neither server notices before it writes), so a heavy cell can leave queries
 * running for up to the query timeout, and the next cell would be measured against them. Linux only: elsewhere
 * (no {@code /proc}) it returns at once.
 */
final class CpuIdle {

    /** One look at the process's CPU time. */
    static final Duration INTERVAL = Duration.ofSeconds(1);
    /** CPU time per interval below which the process counts as idle: 3 % of one core (a JVM at rest uses less). */
    static final Duration IDLE_CPU = Duration.ofMillis(30);

    private CpuIdle() {
    }

    /** Waits until {@code pid} used less than {@link #IDLE_CPU} in one interval, at most {@code max}; returns the wait. */
    static Duration await(long pid, Duration max) throws InterruptedException {
        long started = System.nanoTime();
        long before = cpuMillis(pid);
        while (before >= 0 && System.nanoTime() - started < max.toNanos()) {
            Thread.sleep(INTERVAL.toMillis());
            long now = cpuMillis(pid);
            if (now < 0 || now - before < IDLE_CPU.toMillis()) {
                break;
            }
            before = now;
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** User + system CPU time of {@code pid} in ms from {@code /proc/PID/stat}, or -1 when it cannot be read. */
    static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name (field 2) may hold spaces; fields after its closing parenthesis are fixed
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** {@code getconf CLK_TCK}: 100 on every Linux this runs on (the kernel's USER_HZ). */
    private static final long CLOCK_TICKS_PER_SECOND = 100;
}
