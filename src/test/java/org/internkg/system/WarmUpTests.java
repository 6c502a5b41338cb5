package org.internkg.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Warm-ups run one after another in the order asked, each under its own name, and one failing stops none after it. */
class WarmUpTests {

    @Test
    void shouldRunWarmUpsOneAtATimeInTheOrderAsked() throws InterruptedException {
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch firstMayFinish = new CountDownLatch(1);
        CountDownLatch allDone = new CountDownLatch(1);
        WarmUp.inBackground("first-warm-up", () -> {
            events.add("start " + Thread.currentThread().getName());
            await(firstMayFinish);
            events.add("end first");
        });
        WarmUp.inBackground("failing-warm-up", () -> {
            events.add("start " + Thread.currentThread().getName());
            throw new IllegalStateException("the store closed");
        });
        WarmUp.inBackground("last-warm-up", () -> {
            events.add("start " + Thread.currentThread().getName());
            allDone.countDown();
        });
        Thread.sleep(300);
        assertThat(events).containsExactly("start first-warm-up");
        firstMayFinish.countDown();
        assertThat(allDone.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(events).containsExactly("start first-warm-up", "end first", "start failing-warm-up", "start last-warm-up");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
