package org.internkg.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The revision-keyed store of answers: never older than the store, never over its budget. */
class ResponseCacheTests {

    private static ResponseCache.Entry body(int bytes) {
        return new ResponseCache.Entry(List.of(), new byte[bytes]);
    }

    @Test
    void shouldForgetEveryAnswerWhenTheStoreMovesToANewRevision() {
        ResponseCache cache = new ResponseCache(10_000);
        cache.put(1, "q", body(10));

        assertThat(cache.get(1, "q")).isNotNull();
        assertThat(cache.get(2, "q")).isNull();
        assertThat(cache.get(1, "q")).as("an older revision does not bring it back").isNull();
    }

    @Test
    void shouldNotKeepAnAnswerComputedBeforeTheLatestWrite() {
        ResponseCache cache = new ResponseCache(10_000);
        cache.get(3, "other");

        cache.put(2, "q", body(10));

        assertThat(cache.get(3, "q")).isNull();
    }

    @Test
    void shouldDropTheLeastRecentlyUsedAnswersWhenTheBudgetIsSpent() {
        ResponseCache cache = new ResponseCache(2_500);
        cache.put(1, "a", body(1000));
        cache.put(1, "b", body(1000));
        cache.get(1, "a");

        cache.put(1, "c", body(1000));

        assertThat(cache.get(1, "a")).isNotNull();
        assertThat(cache.get(1, "b")).isNull();
        assertThat(cache.get(1, "c")).isNotNull();
    }
}
