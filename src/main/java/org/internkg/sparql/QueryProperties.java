package org.internkg.sparql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the public SPARQL endpoint; every query is bounded by all of them.
 *
 * @param timeout       wall-clock limit of one query, from the start of execution to the last result written
 *                      (default 10s); a query that runs out before its first byte gets 503, one that runs out
 *                      while streaming has its connection closed mid-response
 * @param maxLength     longest query text accepted, in characters (default 100000); longer is 413
 * @param maxRows       most solutions a query returns (default 100000): the server applies
 *                      {@code LIMIT maxRows} to every query whose own LIMIT is absent or larger, so a result
 *                      that reaches exactly this many rows may have been cut
 * @param maxConcurrent queries run at the same time (default 4); one more is refused with 503 and
 *                      {@code Retry-After} rather than queued
 */
@ConfigurationProperties("internkg.query")
public record QueryProperties(Duration timeout, Integer maxLength, Long maxRows, Integer maxConcurrent) {

    public QueryProperties {
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        maxLength = maxLength == null ? 100_000 : maxLength;
        maxRows = maxRows == null ? 100_000L : maxRows;
        maxConcurrent = maxConcurrent == null ? 4 : maxConcurrent;
        if (timeout.isNegative() || timeout.isZero() || maxLength < 1 || maxRows < 1 || maxConcurrent < 1) {
            throw new IllegalArgumentException("internkg.query.* limits must be positive");
        }
    }
}
