package org.internkg.cache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers by request, for one store revision at a time: a request for a newer revision empties it, so a cached
 * answer is never older than the store. Least recently used answers go first when the byte budget is spent.
 */
public final class ResponseCache {

    /** A complete 200 answer: its headers (in order) and its body. */
    public record Entry(List<Map.Entry<String, String>> headers, byte[] body) {
    }

    private final long maxBytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long revision = Long.MIN_VALUE;
    private long bytes;
    private long hits;
    private long misses;

    public ResponseCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public synchronized Entry get(long atRevision, String key) {
        turnTo(atRevision);
        Entry entry = entries.get(key);
        if (entry == null) {
            misses++;
        } else {
            hits++;
        }
        return entry;
    }

    /** Keeps an answer computed at {@code atRevision}; ignored when the store has moved on since. */
    public synchronized void put(long atRevision, String key, Entry entry) {
        if (atRevision < revision || size(key, entry) > maxBytes) {
            return;
        }
        turnTo(atRevision);
        Entry old = entries.put(key, entry);
        bytes += size(key, entry) - (old == null ? 0 : size(key, old));
        for (Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator(); bytes > maxBytes && eldest.hasNext(); ) {
            Map.Entry<String, Entry> e = eldest.next();
            bytes -= size(e.getKey(), e.getValue());
            eldest.remove();
        }
    }

    public synchronized long hits() {
        return hits;
    }

    public synchronized long misses() {
        return misses;
    }

    private void turnTo(long atRevision) {
        if (atRevision > revision) {
            entries.clear();
            bytes = 0;
            revision = atRevision;
        }
    }

    private static long size(String key, Entry entry) {
        return 2L * key.length() + entry.body().length + 64L * entry.headers().size();
    }
}
