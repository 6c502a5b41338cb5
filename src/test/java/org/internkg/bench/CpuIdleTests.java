package org.internkg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpuIdleTests {

    @Test
    void waitsUntilABusyProcessHasStoppedWorking(@TempDir Path dir) throws Exception {
        Path done = dir.resolve("done");
        // busy for 3 s of wall time, then it marks the file and sleeps
        Process p = new ProcessBuilder("bash", "-c",
                "end=$((SECONDS+3)); while [ $SECONDS -lt $end ]; do :; done; touch '" + done + "'; sleep 60").start();
        try {
            Thread.sleep(300);
            Duration waited = CpuIdle.await(p.pid(), Duration.ofSeconds(30));
            assertThat(done).as("the busy loop had finished when the wait ended").exists();
            assertThat(waited).isLessThan(Duration.ofSeconds(30));
        } finally {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void anIdleProcessIsNotWaitedFor() throws Exception {
        Process p = new ProcessBuilder("sleep", "60").start();
        try {
            assertThat(CpuIdle.cpuMillis(p.pid())).isGreaterThanOrEqualTo(0);
            assertThat(CpuIdle.await(p.pid(), Duration.ofSeconds(20))).isLessThan(Duration.ofSeconds(5));
        } finally {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aProcessThatIsGoneEndsTheWaitAtOnce() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        assertThat(CpuIdle.cpuMillis(p.pid())).isEqualTo(-1);
        assertThat(CpuIdle.await(p.pid(), Duration.ofSeconds(20))).isLessThan(Duration.ofSeconds(1));
    }
}
