package org.internkg.explore;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryCancelledException;
import org.internkg.search.SearchIndex;
import org.internkg.search.SearchIndex.Connected;
import org.internkg.system.WarmUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads the best-connected resources' link lists and first statements once the server is ready, on a background
 * thread, as many as {@link NeighbourhoodQuery} keeps. On a large store a hub's first neighbourhood request reads and
 * sorts tens of thousands of links from cold pages (2–7 s at 10M triples), its details panel as many statements;
 * warmed, they take milliseconds, so the first click on a tool or a benchmark is as quick as the next. The hubs
 * come from the search index's degree field, which is opened (or built) first.
 */
@Component
class HubWarmUp {

    private static final Logger log = LoggerFactory.getLogger(HubWarmUp.class);

    private final SearchIndex index;
    private final NeighbourhoodQuery neighbourhood;
    private final ResourceFactsQuery resourceFacts;
    private final boolean enabled;

    HubWarmUp(SearchIndex index, NeighbourhoodQuery neighbourhood, ResourceFactsQuery resourceFacts, ExploreProperties properties) {
        this.index = index;
        this.neighbourhood = neighbourhood;
        this.resourceFacts = resourceFacts;
        this.enabled = properties.warmHubs();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(3)
    void start() {
        if (enabled) {
            WarmUp.inBackground("hub-warm-up", this::warm);
        }
    }

    /** Warms hubs, most links first, while their lists fit in what is kept; returns how many lists are kept. */
    int warm() {
        long started = System.nanoTime();
        List<Connected> waiting = new ArrayList<>(index.bestConnected(NeighbourhoodQuery.HUB_LINKS, 1_000));
        // A hub read from cold pages while the server is still warming up may go over the explorer's query time
        // limit; its pages are warm afterwards, so it gets a second try once the others are done.
        for (int round = 0; round < 2 && !waiting.isEmpty(); round++) {
            List<Connected> overTime = new ArrayList<>();
            for (Connected c : waiting) {
                // A list de-duplicates and is capped, so the degree is an upper bound of its size.
                if (neighbourhood.keptLinks() + Math.min(c.degree(), neighbourhood.maxLinks()) > NeighbourhoodQuery.KEPT_LINKS) {
                    continue;
                }
                try {
                    neighbourhood.warm(c.resource());
                    resourceFacts.warm(c.resource());
                } catch (QueryCancelledException e) {
                    overTime.add(c);
                }
            }
            waiting = overTime;
        }
        waiting.forEach(c -> log.debug("Hub {} not warmed: over the time limit twice", c.resource().getURI()));
        int kept = neighbourhood.keptHubs();
        if (kept > 0) {
            log.info("Hub links warmed: {} hubs, {} links, {} statement lists in {} ms", kept, neighbourhood.keptLinks(),
                    resourceFacts.keptLists(), (System.nanoTime() - started) / 1_000_000);
        }
        return kept;
    }
}
