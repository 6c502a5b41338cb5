package org.internkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.internkg.graph.BundledKnowledgeBase;
import org.internkg.graph.FusekiStore;
import org.internkg.graph.KnowledgeBase;
import org.internkg.graph.RemoteKnowledgeBase;
import org.junit.jupiter.api.Test;

/** {@code load --remote}: the knowledge base into an empty remote SPARQL store (a real Fuseki), and only an empty one. */
class LoadRemoteStoreTests {

    @Test
    void shouldFillAnEmptyStoreWithTheKnowledgeBaseAndRefuseAFullOne() {
        try (FusekiStore fuseki = FusekiStore.empty()) {
            String[] endpoints = {"--query-url", fuseki.datasetUrl() + "/query", "--update-url", fuseki.datasetUrl() + "/update",
                    "--gsp-url", fuseki.datasetUrl() + "/data"};
            CommandLineRun load = CommandLineRun.of(concat(new String[] {"load", "--remote"}, endpoints));
            assertThat(load.exitCode()).as(load.err()).isZero();

            long expected = BundledKnowledgeBase.get().read(ds -> {
                long n = 0;
                for (var it = ds.asDatasetGraph().find(); it.hasNext(); it.next()) {
                    n++;
                }
                return n;
            });
            assertThat(fuseki.namedQuads()).as("every quad of the knowledge base").isEqualTo(expected);
            long graphs = BundledKnowledgeBase.get().read(ds -> {
                long n = 0;
                for (var it = ds.asDatasetGraph().listGraphNodes(); it.hasNext(); it.next()) {
                    n++;
                }
                return n;
            });
            assertThat(load.err()).contains("loaded " + graphs + " named graphs");
            try (KnowledgeBase remote = new RemoteKnowledgeBase(fuseki.properties())) {
                assertThat(remote.isEmpty()).isFalse();
                assertThat(remote.revision()).as("the revision triple is written with the data").isGreaterThan(1);
            }

            CommandLineRun again = CommandLineRun.of(concat(new String[] {"load", "--remote"}, endpoints));
            assertThat(again.exitCode()).isNotZero();
            assertThat(again.err()).contains("already holds data");
            assertThat(fuseki.namedQuads()).isEqualTo(expected);
        }
    }

    @Test
    void shouldSayWhichEndpointsAreMissing() {
        CommandLineRun load = CommandLineRun.of("load", "--remote", "--query-url", "http://127.0.0.1:9/ikg/query");
        assertThat(load.exitCode()).isNotZero();
        assertThat(load.err()).contains("--update-url", "--gsp-url");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
