package org.internkg.explore;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The sorted link lists of hubs (their neighbours, or their first statements), kept for one store revision.
 * Reading a hub's links means decoding, filtering, de-duplicating and sorting every one of them (tens of thousands
 * at 10M triples) to serve a page of 25; a user
 * paging through a hub, or the explorer drawing it again, would pay that at every request. Lists shorter than
 * {@code minLinks} are cheap and never kept; the kept ones hold at most {@code maxLinks} links in all, least recently
 * used first out. A newer revision empties it, so a kept list is never older than the store.
 */
final class HubLinks<K, L> {

    private final int minLinks;
    private final long maxLinks;
    private final LinkedHashMap<K, List<L>> lists = new LinkedHashMap<>(16, 0.75f, true);
    private long revision = Long.MIN_VALUE;
    private long links;

    HubLinks(int minLinks, long maxLinks) {
        this.minLinks = minLinks;
        this.maxLinks = maxLinks;
    }

    /**
     * The list for {@code key} at {@code atRevision} (read before the transaction that computes it, so a list is
     * never filed under a revision newer than its data), computed by {@code read} when not kept.
     */
    List<L> get(long atRevision, K key, Supplier<List<L>> read) {
        synchronized (this) {
            turnTo(atRevision);
            List<L> kept = lists.get(key);
            if (kept != null && atRevision == revision) {
                return kept;
            }
        }
        List<L> fresh = List.copyOf(read.get());
        if (fresh.size() >= minLinks && fresh.size() <= maxLinks) {
            synchronized (this) {
                if (atRevision == revision) {
                    List<L> old = lists.put(key, fresh);
                    links += fresh.size() - (old == null ? 0 : old.size());
                    for (Iterator<Map.Entry<K, List<L>>> eldest = lists.entrySet().iterator(); links > maxLinks && eldest.hasNext(); ) {
                        links -= eldest.next().getValue().size();
                        eldest.remove();
                    }
                }
            }
        }
        return fresh;
    }

    synchronized int kept() {
        return lists.size();
    }

    synchronized long keptLinks() {
        return links;
    }

    private void turnTo(long atRevision) {
        if (atRevision > revision) {
            lists.clear();
            links = 0;
            revision = atRevision;
        }
    }
}
