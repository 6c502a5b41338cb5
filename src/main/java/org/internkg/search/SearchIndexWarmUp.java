package org.internkg.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens the search index once the server is ready, on a background thread: start-up does not wait for it, and
 * the first person to search does not pay for it either. An on-disk index whose store is unchanged is reused at
 * once; otherwise this is where it is built.
 */
@Component
class SearchIndexWarmUp {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexWarmUp.class);

    private final SearchIndex index;

    SearchIndexWarmUp(SearchIndex index) {
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(() -> {
            try {
                index.open();
            } catch (RuntimeException e) {
                // The store may close under us when the application stops during start-up; the next search builds it.
                log.debug("Search index warm-up skipped: {}", e.getMessage());
            }
        }, "search-index-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
