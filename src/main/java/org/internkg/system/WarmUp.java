package org.internkg.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that makes the first requests fast (opening the search index, reading hubs' links), started once the
 * server is ready on a daemon thread of its own: start-up does not wait for it, and its failure costs only the
 * speed-up, since the first request that needs the work then does it.
 */
public final class WarmUp {

    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

    private WarmUp() {
    }

    /** Runs {@code work} on a daemon thread named {@code name}. */
    public static void inBackground(String name, Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                // The store may close under it when the application stops during start-up.
                log.debug("{} stopped: {}", name, e.toString());
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }
}
