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
        queries = new BenchInstances(store, 30, 1).queries();
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
        Measurement m = new LoadDriver(java.time.Duration.ZERO, java.time.Duration.ofMillis(300)).runMix(target, queries, 2);
        assertThat(m.completed()).isPositive();
        assertThat(m.failed()).isZero();
        assertThat(m.p50Millis()).isLessThanOrEqualTo(m.p95Millis()).isLessThanOrEqualTo(m.p99Millis());
    }
}
