package org.internkg.search;

import org.internkg.system.WarmUp;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Opens the search index once the server is ready, on a background thread: start-up does not wait for it, and
 * the first person to search does not pay for it either. An on-disk index whose store is unchanged is reused at
 * once; otherwise this is where it is built.
 */
@Component
class SearchIndexWarmUp {

    private final SearchIndex index;

    SearchIndexWarmUp(SearchIndex index) {
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(2)
    void warmUp() {
        WarmUp.inBackground("search-index-warm-up", index::open);
    }
}
