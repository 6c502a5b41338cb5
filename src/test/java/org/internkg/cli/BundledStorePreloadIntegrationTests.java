package org.internkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.internkg.graph.BundledData;
import org.internkg.graph.KnowledgeBase;
import org.internkg.search.SearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The in-memory store filled with the bundled data on a second thread during start-up: the server then holds
 * exactly the bundled data, additional data still goes on top of it, and a store on disk is neither preloaded nor
 * filled twice.
 */
class BundledStorePreloadIntegrationTests {

    private static final String[] LOCAL = {"--server.port=0", "--server.address=127.0.0.1"};

    @Test
    void shouldServeExactlyTheBundledQuadsFromThePreloadedInMemoryStore() {
        try (ConfigurableApplicationContext context = ServeCommand.application().run(LOCAL)) {
            assertThat(context.containsBean("bundledStorePreload")).isTrue();
            KnowledgeBase kb = context.getBean(KnowledgeBase.class);
            DatasetGraph bundled = new BundledData().read();

            assertThat(quadCount(kb)).isEqualTo(Txn.calculateRead(bundled, () -> count(bundled)));
        }
    }

    @Test
    void shouldLoadAdditionalDataOnTopOfThePreloadedBundledData() {
        try (ConfigurableApplicationContext context = ServeCommand.application().run(LOCAL[0], LOCAL[1],
                "--internkg.store.additional-data=file:src/test/resources/fixtures/new-source.trig")) {
            KnowledgeBase kb = context.getBean(KnowledgeBase.class);

            assertThat(ask(kb, "ASK { <https://w3id.org/internkg/id/tool/load-fixture-tool> a ?type }")).isTrue();
            assertThat(ask(kb, "ASK { <https://w3id.org/internkg/id/tool/xtuner> a ?type }")).isTrue();
        }
    }

    @Test
    void shouldFillAStoreOnDiskItselfWithoutPreloading(@TempDir Path store) {
        try (ConfigurableApplicationContext context = ServeCommand.application().run(LOCAL[0], LOCAL[1],
                "--internkg.store.location=" + store)) {
            assertThat(context.containsBean("bundledStorePreload")).isFalse();
            KnowledgeBase kb = context.getBean(KnowledgeBase.class);

            assertThat(kb.isOnDisk()).isTrue();
            assertThat(ask(kb, "ASK { <https://w3id.org/internkg/id/tool/xtuner> a ?type }")).isTrue();
            // A search waits for the index the start-up warm-up is writing into the store directory, which must
            // be complete before the directory is deleted.
            assertThat(context.getBean(SearchIndex.class).search("xtuner", null, 5)).isNotEmpty();
        }
    }

    private static boolean ask(KnowledgeBase kb, String query) {
        return kb.read(ds -> {
            try (QueryExecution execution = QueryExecution.dataset(ds).query(query).build()) {
                return execution.execAsk();
            }
        });
    }

    private static long quadCount(KnowledgeBase kb) {
        return kb.read(ds -> count(ds.asDatasetGraph()));
    }

    private static long count(DatasetGraph dsg) {
        long n = 0;
        for (var quads = dsg.find(); quads.hasNext(); quads.next()) {
            n++;
        }
        return n;
    }
}
