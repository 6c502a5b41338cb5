package org.internkg.system;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that makes the first requests fast (the overview, opening the search index, reading hubs' links and labels),
 * started once the server is ready: start-up does not wait for it, and its failure costs only the speed-up, since
 * the first request that needs the work then does it. All of it runs on one daemon thread, one piece after another
 * in the order asked: on a two-core machine, four warm-ups at once left nothing to the first visitor (the 1M store's
 * first overview took 6.3–7.6 s with the label read alongside, 3.3–3.7 s without it).
 */
public final class WarmUp {

    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);
    private static final ExecutorService ONE_AT_A_TIME = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "warm-up");
        thread.setDaemon(true);
        return thread;
    });

    private WarmUp() {
    }

    /** Queues {@code work}, run under the thread name {@code name} once the warm-ups asked for before it are done. */
    public static void inBackground(String name, Runnable work) {
        ONE_AT_A_TIME.execute(() -> {
            Thread.currentThread().setName(name);
            try {
                work.run();
            } catch (RuntimeException e) {
                // The store may close under it when the application stops during start-up.
                log.debug("{} stopped: {}", name, e.toString());
            } finally {
                Thread.currentThread().setName("warm-up");
            }
        });
    }
}
