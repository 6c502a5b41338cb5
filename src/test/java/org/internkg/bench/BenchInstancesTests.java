package org.internkg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.exec.QueryExec;
import org.internkg.graph.BundledData;
import org.internkg.graph.KnowledgeBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The benchmark's query instances: drawn from the store, distinct, parseable, and answered with real rows. */
class BenchInstancesTests {

    private static KnowledgeBase store;
    private static List<BenchQuery> queries;

    @BeforeAll
    static void generate() {
        store = KnowledgeBase.inMemory();
        new BundledData().loadInto(store);
        store.write(ds -> new SyntheticEcosystem(20_000, 4).writeTo(StreamRDFLib.dataset(ds.asDatasetGraph())));
        queries = new BenchInstances(store, 30, 1).queries().stream().filter(q -> !BenchInstances.isApi(q)).toList();
    }

    @Test
    void shouldDrawDistinctInstancesForEveryParameterisedTemplate() {
        assertThat(queries).extracting(BenchQuery::name).hasSize(10).doesNotHaveDuplicates();
        for (BenchQuery query : queries) {
            if (!query.name().startsWith("q06")) {
                assertThat(new HashSet<>(query.instances())).as(query.name()).hasSize(30);
            }
        }
    }

    @Test
    void shouldFindSomethingWithEveryInstanceOfTheSearchAndNeighbourhoodTemplates() {
        for (BenchQuery query : queries) {
            if (query.graphResult()) {
                continue;
            }
            for (String instance : query.instances()) {
                long rows = store.read(ds -> {
                    try (QueryExec exec = QueryExec.dataset(ds.asDatasetGraph()).query(QueryFactory.create(instance)).build()) {
                        return exec.select().stream().count();
                    }
                });
                if (!query.name().startsWith("q07")) {
                    assertThat(rows).as(query.name() + ":\n" + instance).isPositive();
                }
            }
        }
    }

    @Test
    void shouldAddTheExplorerApiPathsWithEncodedParameters() {
        List<BenchQuery> api = new BenchInstances(store, 30, 1).queries().stream().filter(BenchInstances::isApi).toList();

        assertThat(api).extracting(BenchQuery::name).containsExactly("api-search", "api-neighbourhood", "api-resource");
        assertThat(api.get(1).instances()).contains("/api/neighbourhood?iri=https%3A%2F%2Fw3id.org%2Finternkg%2Fid%2Ftool%2Fgen-tool-1");
    }

    @Test
    void shouldPutTheHubsAmongTheNeighbourhoodCentres() {
        BenchQuery neighbourhood = queries.stream().filter(q -> q.name().startsWith("q04")).findFirst().orElseThrow();

        assertThat(neighbourhood.instances()).anyMatch(text -> text.contains("<https://w3id.org/internkg/id/tool/gen-tool-1>"));
    }

    @Test
    void shouldTakeALabelPrefixUpToTheSizeAndAFragmentWithoutTheBrand() {
        assertThat(BenchInstances.prefix("InternNova3-7B-chat-12")).isEqualTo("internnova3-7b");
        assertThat(BenchInstances.fragment("internnova3-7b")).isEqualTo("nova3-7b");
    }

    @Test
    void shouldAnswerEveryInstanceInProcessAsTheFloorDoes() throws Exception {
        InProcessTarget target = new InProcessTarget(store);
        for (BenchQuery query : queries) {
            target.answer(query.instances().get(0), query);
        }
    }

    @Test
    void shouldReportThroughputAndNearestRankPercentiles() {
        long[] latencies = new long[100];
        for (int i = 0; i < 100; i++) {
            latencies[i] = (100 - i) * 1_000_000L;
        }

        Measurement m = Measurement.of(latencies, 3, 2.0);

        assertThat(m.requestsPerSecond()).isEqualTo(50.0);
        assertThat(m.p50Millis()).isEqualTo(50.0);
        assertThat(m.p95Millis()).isEqualTo(95.0);
        assertThat(m.p99Millis()).isEqualTo(99.0);
        assertThat(m.failed()).isEqualTo(3);
    }
}
