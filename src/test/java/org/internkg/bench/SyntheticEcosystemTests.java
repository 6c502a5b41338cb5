package org.internkg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.internkg.graph.BundledData;
import org.internkg.validation.KnowledgeBaseValidator;
import org.internkg.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** {@code generate}: the same seed gives the same data, and the data is as valid and as shaped as the curated data. */
class SyntheticEcosystemTests {

    private static final String PREFIXES = """
            PREFIX ikg: <https://w3id.org/internkg/def/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    @Test
    void shouldWriteTheSameQuadsForTheSameSeedAndOthersForAnotherSeed() {
        assertThat(nquads(20_000, 42)).isEqualTo(nquads(20_000, 42));
        assertThat(nquads(20_000, 42)).isNotEqualTo(nquads(20_000, 43));
    }

    @Test
    void shouldWriteAtLeastTheRequestedNumberOfTriplesAndNotMuchMore() {
        DatasetGraph data = generate(50_000, 1);

        assertThat(data.stream().count()).isBetween(50_000L, 52_000L);
    }

    @Test
    void shouldConformToTheShapesAndChecksTogetherWithTheBundledData() {
        DatasetGraph data = generate(5_000, 3);
        new BundledData().read().find().forEachRemaining(data::add);

        ValidationReport report = new KnowledgeBaseValidator(new BundledData()).validate(data);

        assertThat(report.violations()).as(report.describe()).isEmpty();
    }

    @Test
    void shouldHoldFineTunesOfFineTunesChineseLabelsAndHubs() {
        DatasetGraph data = generate(30_000, 5);

        assertThat(ask(data, "ASK { GRAPH ?g { ?m ikg:derivedFrom ?p } GRAPH ?h { ?p ikg:derivedFrom ?q } GRAPH ?i { ?q ikg:derivedFrom ?r } }"))
                .as("three generations of derived models").isTrue();
        assertThat(ask(data, "ASK { GRAPH ?g { ?m a ikg:Model ; rdfs:label ?l FILTER(LANG(?l) = 'zh') } }")).isTrue();
        assertThat(ask(data, """
                ASK { { SELECT ?b (COUNT(DISTINCT ?m) AS ?n) WHERE { GRAPH ?g { ?m ikg:evaluatedOn ?b } } GROUP BY ?b }
                      FILTER(?n >= 100) }""")).as("a benchmark that at least 100 models are evaluated on").isTrue();
    }

    private static boolean ask(DatasetGraph data, String query) {
        try (QueryExecution exec = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(data)).query(PREFIXES + query).build()) {
            return exec.execAsk();
        }
    }

    private static DatasetGraph generate(long triples, long seed) {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        new SyntheticEcosystem(triples, seed).writeTo(StreamRDFLib.dataset(data));
        return data;
    }

    private static byte[] nquads(long triples, long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyntheticEcosystem(triples, seed).writeTo(StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS));
        return out.toByteArray();
    }
}
