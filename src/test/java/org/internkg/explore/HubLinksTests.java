package org.internkg.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Hub link lists: read once per revision for big hubs, always read for small ones, never served from an older revision. */
class HubLinksTests {

    private final AtomicInteger reads = new AtomicInteger();

    private List<Integer> links(int n) {
        reads.incrementAndGet();
        return IntStream.range(0, n).boxed().toList();
    }

    @Test
    void shouldReadABigHubOnceForARevisionAndASmallOneEveryTime() {
        HubLinks<String, Integer> hubs = new HubLinks<>(10, 1_000);

        hubs.get(1, "hub", () -> links(50));
        List<Integer> again = hubs.get(1, "hub", () -> links(50));
        hubs.get(1, "leaf", () -> links(3));
        hubs.get(1, "leaf", () -> links(3));

        assertThat(again).hasSize(50);
        assertThat(reads).hasValue(3);
    }

    @Test
    void shouldReadAgainOnceTheStoreHasMoved() {
        HubLinks<String, Integer> hubs = new HubLinks<>(10, 1_000);
        hubs.get(1, "hub", () -> links(50));

        List<Integer> after = hubs.get(2, "hub", () -> links(60));

        assertThat(after).hasSize(60);
        assertThat(reads).hasValue(2);
        assertThat(hubs.get(2, "hub", () -> links(70))).as("kept for revision 2").hasSize(60);
    }

    @Test
    void shouldNotFileAListReadBeforeAWriteUnderTheNewRevision() {
        HubLinks<String, Integer> hubs = new HubLinks<>(10, 1_000);
        hubs.get(2, "other", () -> links(20));

        hubs.get(1, "hub", () -> links(50));

        assertThat(hubs.get(2, "hub", () -> links(60))).as("the list read at revision 1 is not served at 2").hasSize(60);
    }

    @Test
    void shouldLetTheLeastRecentlyUsedHubGoWhenTheBudgetIsSpent() {
        HubLinks<String, Integer> hubs = new HubLinks<>(10, 100);
        hubs.get(1, "a", () -> links(40));
        hubs.get(1, "b", () -> links(40));
        hubs.get(1, "a", () -> links(40));

        hubs.get(1, "c", () -> links(40));

        assertThat(hubs.kept()).isEqualTo(2);
        int before = reads.get();
        hubs.get(1, "a", () -> links(40));
        assertThat(reads).as("a was used last, so b went").hasValue(before);
        hubs.get(1, "b", () -> links(40));
        assertThat(reads).hasValue(before + 1);
    }
}
