package org.internkg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.Test;
import org.internkg.validation.KnowledgeBaseValidator;
import org.internkg.validation.ValidationReport;

/** The shipped knowledge base: conforms to its shapes and is as rich as the product promises. */
class BundledDataTests {

    private static final String PREFIXES = """
            PREFIX ikg: <https://w3id.org/internkg/def/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;
    /** Typed entities: instances of a project class other than the provenance bookkeeping classes. */
    private static final String ENTITY = """
            ?e a ?class . FILTER(STRSTARTS(STR(?class), STR(ikg:)) && ?class NOT IN (ikg:SourceDocument, ikg:ReportedValue, ikg:ConfidenceLevel))
            FILTER(STRSTARTS(STR(?e), "https://w3id.org/internkg/id/"))
            """;

    private static final KnowledgeBase kb = BundledKnowledgeBase.get();

    @Test
    void shouldConformToTheShapesAndChecks() {
        KnowledgeBaseValidator validator = new KnowledgeBaseValidator(new BundledData());
        ValidationReport report = kb.read(ds -> validator.validate(ds.asDatasetGraph()));
        assertThat(report.violations()).as(report.describe()).isEmpty();
    }

    @Test
    void shouldHoldAtLeast150TypedEntitiesEachWithAnEnglishLabel() {
        assertThat(count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { " + ENTITY + " }")).isGreaterThanOrEqualTo(150);
        assertThat(iris("SELECT DISTINCT ?e WHERE { " + ENTITY + " FILTER NOT EXISTS { ?e rdfs:label ?l FILTER(LANGMATCHES(LANG(?l), \"en\")) } }"))
                .as("entities without an English label").isEmpty();
    }

    @Test
    void shouldLabelAtLeast40EntitiesInChinese() {
        assertThat(count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { " + ENTITY + " ?e rdfs:label ?l FILTER(LANGMATCHES(LANG(?l), \"zh\")) }"))
                .isGreaterThanOrEqualTo(40);
    }

    @Test
    void shouldDrawOnAtLeast25SourceDocumentsEachNamingItsDocument() {
        assertThat(count("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a ikg:SourceDocument ; prov:wasDerivedFrom ?url } }"))
                .isGreaterThanOrEqualTo(25);
        assertThat(iris("""
                SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != ikg:)
                  FILTER NOT EXISTS { GRAPH ?g { ?g prov:wasDerivedFrom ?url } } }"""))
                .as("named graphs that do not say which document they come from").isEmpty();
    }

    @Test
    void shouldLinkEveryEntityToAnotherOne() {
        assertThat(iris("SELECT DISTINCT ?e WHERE { " + ENTITY + """
                FILTER NOT EXISTS { ?e ?p ?x . FILTER(?x != ?e && isIRI(?x) && STRSTARTS(STR(?x), "https://w3id.org/internkg/id/")) }
                FILTER NOT EXISTS { ?y ?q ?e . FILTER(?y != ?e && isIRI(?y) && STRSTARTS(STR(?y), "https://w3id.org/internkg/id/")) } }"""))
                .as("entities linked to nothing").isEmpty();
    }

    @Test
    void shouldKeepTheOntologyInItsOwnGraphWithAVersion() {
        assertThat(count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ikg: { ikg: a <http://www.w3.org/2002/07/owl#Ontology> ; "
                + "<http://www.w3.org/2002/07/owl#versionIRI> ?v } }")).isEqualTo(1);
    }

    @Test
    void shouldMintOnlySlugsOfLowerCaseLettersDigitsHyphensAndUnderscores() {
        Set<String> bad = Set.copyOf(iris("""
                SELECT DISTINCT ?e WHERE { { GRAPH ?g { ?e ?p ?o } } UNION { GRAPH ?g { ?s ?p ?e } }
                  FILTER(isIRI(?e) && STRSTARTS(STR(?e), "https://w3id.org/internkg/id/"))
                  FILTER(!REGEX(STR(?e), "^https://w3id.org/internkg/id/[a-z]+/[a-z0-9_-]+$")) }"""));
        assertThat(bad).isEmpty();
    }

    private static long count(String query) {
        return kb.read(ds -> {
            try (QueryExecution exec = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
                return exec.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static List<String> iris(String query) {
        return kb.read(ds -> {
            try (QueryExecution exec = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
                List<String> values = new ArrayList<>();
                exec.execSelect().forEachRemaining(row -> values.add(row.get(row.varNames().next()).toString()));
                return values;
            }
        });
    }
}
