package org.internkg.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server under test in its own JVM: started, timed to its first answered query, its resident memory read
 * from {@code /proc} (now and at its peak), and stopped.
 */
public final class ServerProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final URI endpoint;
    private final Duration startUp;
    private final long residentKb;

    private ServerProcess(String name, Process process, URI endpoint, Duration startUp) {
        this.name = name;
        this.process = process;
        this.endpoint = endpoint;
        this.startUp = startUp;
        this.residentKb = status("VmRSS");
    }

    /** Starts {@code command} (its output into {@code log}) and waits until {@code endpoint} answers ASK {}. */
    public static ServerProcess start(String name, List<String> command, URI endpoint, Path log) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpTarget probe = new HttpTarget(endpoint);
        long deadline = started + TimeUnit.MINUTES.toNanos(5);
        while (!probe.answersAsk()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " did not start (see " + log + "): "
                        + String.join("\n", tail(log)));
            }
            Thread.sleep(20);
        }
        Duration startUp = Duration.ofNanos(System.nanoTime() - started);
        Thread.sleep(500);
        return new ServerProcess(name, process, endpoint, startUp);
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public URI endpoint() {
        return endpoint;
    }

    public Duration startUp() {
        return startUp;
    }

    /** Resident memory half a second after the first answer, in MB. */
    public long residentMb() {
        return residentKb / 1024;
    }

    /** The highest resident memory so far, in MB. */
    public long peakMb() {
        return status("VmHWM") / 1024;
    }

    private long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static List<String> tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return lines.subList(Math.max(0, lines.size() - 15), lines.size());
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
