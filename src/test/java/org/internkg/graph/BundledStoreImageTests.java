package org.internkg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The store of the bundled data opened from the build's TDB2 image: the same quads as the bundled files, a copy
 * of its own for each store, nothing left behind after close, and copies left by killed processes cleared.
 */
class BundledStoreImageTests {

    @Test
    void shouldShipAnImageWhoseCopyHoldsExactlyTheBundledQuads() {
        assertThat(new ClassPathResource(BundledStoreImage.RESOURCE).exists())
                .as("the build writes " + BundledStoreImage.RESOURCE).isTrue();
        DatasetGraph bundled = new BundledData().readSources();

        try (EmbeddedKnowledgeBase kb = EmbeddedKnowledgeBase.withBundledData()) {
            assertThat(kb.copy()).as("opened from the image, not filled").isPresent();
            assertThat(kb.location()).as("derived indexes stay in memory, as for the in-memory store").isEmpty();
            long quads = kb.read(ds -> ds.asDatasetGraph().stream().count());
            Set<Node> graphs = kb.read(ds -> Iter.toSet(ds.asDatasetGraph().listGraphNodes()));
            assertThat(quads).isEqualTo(bundled.stream().count());
            assertThat(graphs).isEqualTo(Iter.toSet(bundled.listGraphNodes()));
            assertThat(ask(kb, "ASK { <https://w3id.org/internkg/id/tool/xtuner> rdfs:label \"XTuner\"@en }")).isTrue();
        }
    }

    @Test
    void shouldGiveEachStoreItsOwnCopyAndRemoveItOnClose() {
        EmbeddedKnowledgeBase first = EmbeddedKnowledgeBase.withBundledData();
        Path firstCopy = first.copy().orElseThrow();
        try (EmbeddedKnowledgeBase second = EmbeddedKnowledgeBase.withBundledData()) {
            assertThat(second.copy().orElseThrow()).isNotEqualTo(firstCopy);
            Node s = NodeFactory.createURI("urn:x:s");
            first.write(ds -> ds.asDatasetGraph().add(Ikg.ONTOLOGY_GRAPH, s, s, s));

            assertThat(ask(first, "ASK { <urn:x:s> ?p ?o }")).isTrue();
            assertThat(ask(second, "ASK { <urn:x:s> ?p ?o }")).as("a write stays in its own store").isFalse();
        } finally {
            first.close();
        }
        assertThat(firstCopy).doesNotExist();
        try (EmbeddedKnowledgeBase again = EmbeddedKnowledgeBase.withBundledData()) {
            assertThat(ask(again, "ASK { <urn:x:s> ?p ?o }")).as("nothing kept past close").isFalse();
        }
    }

    @Test
    void shouldRemoveTheCopyEvenWhileABackgroundReadIsStillOpen() throws Exception {
        EmbeddedKnowledgeBase kb = EmbeddedKnowledgeBase.withBundledData();
        Path copy = kb.copy().orElseThrow();
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Thread warmUp = new Thread(() -> kb.read(ds -> {
            reading.countDown();
            awaitQuietly(closed);
            return null;
        }));
        warmUp.start();
        reading.await();
        try {
            kb.close(); // as when the server stops during a start-up warm-up
        } finally {
            closed.countDown();
            warmUp.join();
        }
        assertThat(copy).doesNotExist();
    }

    @Test
    void shouldRestoreTheFilesLengthsThatTheImageLeavesOutAsZeros() throws Exception {
        Path image = Path.of(new ClassPathResource(BundledStoreImage.RESOURCE).getURI());
        try (ZipFile zip = new ZipFile(image.toFile());
             EmbeddedKnowledgeBase kb = EmbeddedKnowledgeBase.withBundledData()) {
            Path copy = kb.copy().orElseThrow();
            var index = zip.getEntry("Data-0001/SPOG.dat");
            assertThat(index).isNotNull();
            long length = Files.size(copy.resolve("Data-0001/SPOG.dat"));
            assertThat(index.getSize()).as("only the bytes up to the last non-zero one are packed").isLessThan(length);
            assertThat(length % (8 * 1024)).as("whole TDB2 blocks").isZero();
        }
    }

    @Test
    void shouldRemoveCopiesLeftByProcessesThatNoLongerRunAndKeepLiveOnes() throws Exception {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        Path killed = Files.createTempDirectory(temporary, BundledStoreImage.COPY_PREFIX);
        Files.writeString(killed.resolve("tdb.lock"), Long.toString(deadPid()), StandardCharsets.US_ASCII);
        Path neverOpened = Files.createTempDirectory(temporary, BundledStoreImage.COPY_PREFIX);
        Files.setLastModifiedTime(neverOpened, FileTime.from(Instant.now().minus(Duration.ofDays(1))));
        Path beingUnpacked = Files.createTempDirectory(temporary, BundledStoreImage.COPY_PREFIX);
        try (EmbeddedKnowledgeBase live = EmbeddedKnowledgeBase.withBundledData();
             EmbeddedKnowledgeBase next = EmbeddedKnowledgeBase.withBundledData()) {
            assertThat(killed).doesNotExist();
            assertThat(neverOpened).doesNotExist();
            assertThat(beingUnpacked).as("a young copy without a lock may be unpacking").exists();
            assertThat(live.copy().orElseThrow()).as("this process holds it").exists();
            assertThat(ask(live, "ASK { ?s ?p ?o }")).isTrue();
        } finally {
            BundledStoreImage.delete(beingUnpacked);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A process id no live process has: one above every current one that is not running either. */
    private static long deadPid() {
        long highest;
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            highest = all.mapToLong(ProcessHandle::pid).max().orElse(1);
        }
        long pid = highest + 1;
        while (ProcessHandle.of(pid).isPresent()) {
            pid++;
        }
        return pid;
    }

    private static boolean ask(KnowledgeBase kb, String query) {
        return kb.read(ds -> {
            try (QueryExecution execution = QueryExecution.dataset(ds)
                    .query("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> " + query).build()) {
                return execution.execAsk();
            }
        });
    }
}
