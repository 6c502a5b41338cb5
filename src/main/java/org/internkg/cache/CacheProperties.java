package org.internkg.cache;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The response cache of {@code /sparql} and {@code /api/**}, keyed by the store revision: any write empties it.
 *
 * @param enabled       keep answers to repeated requests (default false: every request runs its query)
 * @param maxBytes      bytes of answers kept at most (default 64 MB); the least recently used go first
 * @param maxEntryBytes largest answer that is kept (default 1 MB); larger ones stream through uncached
 */
@ConfigurationProperties("internkg.cache")
public record CacheProperties(Boolean enabled, Long maxBytes, Integer maxEntryBytes) {

    public CacheProperties {
        enabled = enabled != null && enabled;
        maxBytes = maxBytes == null ? 64L << 20 : maxBytes;
        maxEntryBytes = maxEntryBytes == null ? 1 << 20 : maxEntryBytes;
        if (maxBytes < 0 || maxEntryBytes < 0) {
            throw new IllegalArgumentException("internkg.cache sizes must not be negative");
        }
    }
}
