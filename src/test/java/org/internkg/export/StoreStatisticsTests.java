package org.internkg.export;

import static org.assertj.core.api.Assertions.assertThat;


import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.internkg.export.StoreStatistics.Counts;
import org.internkg.graph.BundledKnowledgeBase;
import org.internkg.graph.KnowledgeBase;
import org.internkg.graph.TrigStores;
import org.junit.jupiter.api.Test;

/** The VoID counts read from TDB2's indexes are the numbers the SPARQL queries give, on tricky data and on the bundled data. */
class StoreStatisticsTests {

    private static final Node NS = NodeFactory.createURI("https://w3id.org/internkg/def/");

    @Test
    void shouldCountAsTheQueriesDoOnTheBundledData() {
        KnowledgeBase kb = BundledKnowledgeBase.get();
        Counts fromIndexes = kb.read(ds -> StoreStatistics.fromIndexes(ds, NS).orElseThrow());
        assertThat(fromIndexes).isEqualTo(kb.read(ds -> StoreStatistics.byQueries(ds, NS)));
        assertThat(fromIndexes.triples()).isGreaterThan(1_000);
    }

    @Test
    void shouldCountATripleStatedInTwoGraphsOnceAndEveryKindOfTerm() {
        KnowledgeBase kb = TrigStores.inMemory("""
                PREFIX ex: <https://example.org/>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                PREFIX ikg: <https://w3id.org/internkg/def/>
                GRAPH ex:g1 {
                  ex:a ex:p ex:b , "text" , "text"@en , 1 , "01"^^xsd:integer , 1.0 , true , [ ex:q ex:a ] .
                  ex:b ex:p ex:a .
                }
                GRAPH ex:g2 { ex:a ex:p ex:b . ex:c ex:r "2026-11-28"^^xsd:date . }
                GRAPH ex:g3 { ex:c ex:r "2026-11-28"^^xsd:date . ex:c a ikg:Model . _:m a ikg:Model . ex:a a ikg:Model , ex:Other . }
                GRAPH ex:g4 { ex:c a ikg:Model , ikg:Tool . }
                GRAPH ex:g5 { ex:d ex:size 7.0 , "7"^^xsd:decimal , "7.00"^^xsd:decimal . }
                """);
        try {
            Counts fromIndexes = kb.read(ds -> StoreStatistics.fromIndexes(ds, NS).orElseThrow());
            assertThat(fromIndexes).isEqualTo(kb.read(ds -> StoreStatistics.byQueries(ds, NS)));
            // TDB2 stores "01"^^xsd:integer as the value 1: nine statements in g1
            assertThat(fromIndexes.graphs()).extracting(StoreStatistics.GraphSize::quads).containsExactly(9L, 2L, 5L, 2L, 3L);
            // TDB2 keeps the three decimals' ids apart; as terms they are fewer
            assertThat(fromIndexes.triples()).as("ex:a ex:p ex:b, the date, ex:c a ikg:Model and 7.0 once each").isEqualTo(16);
            assertThat(fromIndexes.distinctSubjects()).as("ex:a, ex:b, ex:c, ex:d and the two blank nodes").isEqualTo(6);
            assertThat(fromIndexes.entities()).as("ex:a and ex:c; not the blank node").isEqualTo(2);
            assertThat(fromIndexes.classes()).isEqualTo(3);
        } finally {
            kb.close();
        }
    }
}
