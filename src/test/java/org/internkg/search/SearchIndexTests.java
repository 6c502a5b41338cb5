package org.internkg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.internkg.graph.Ikg;
import org.internkg.graph.KnowledgeBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The index on a tiny store: ranking rules, Chinese next to Latin, typos, and following every write. */
class SearchIndexTests {

    private static final String PREFIXES = """
            PREFIX ikg: <https://w3id.org/internkg/def/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX t: <https://w3id.org/internkg/id/tool/>
            PREFIX m: <https://w3id.org/internkg/id/model/>
            """;

    private KnowledgeBase kb;
    private SearchIndex index;

    @BeforeEach
    void store() {
        kb = KnowledgeBase.inMemory();
        load("""
                GRAPH <https://w3id.org/internkg/id/source/a> {
                  t:rocket a ikg:SoftwareTool ; rdfs:label "Rocket"@en, "火箭工具"@zh ; ikg:supportsModel m:one, m:two .
                  t:rocket-launcher a ikg:SoftwareTool ; rdfs:label "Rocket Launcher"@en .
                  t:pad a ikg:SoftwareTool ; rdfs:label "Launch Pad"@en ; skos:altLabel "Pad" ;
                      dcterms:description "Holds the rocket before ignition."@en .
                  m:one a ikg:Model ; rdfs:label "Model-One-7B"@en ; ikg:huggingFaceId "org/model-one-7b" .
                  m:two a ikg:Model ; rdfs:label "Model-One-7B-Chat"@en .
                }
                """);
        index = new SearchIndex(kb);
    }

    @AfterEach
    void close() {
        kb.close();
    }

    private void load(String trig) {
        kb.write(ds -> RDFParser.create().source(new StringReader(PREFIXES + trig)).lang(Lang.TRIG).parse(ds.asDatasetGraph()));
    }

    private List<String> iris(String q) {
        return index.search(q, null, 10).stream().map(m -> m.resource().getURI().replaceAll(".*/id/", "")).toList();
    }

    @Test
    void shouldRankExactThenPrefixThenDescription() {
        assertThat(iris("rocket")).containsExactly("tool/rocket", "tool/rocket-launcher", "tool/pad");
    }

    @Test
    void shouldMatchChineseBigramsAndLatinWordsAcrossPunctuation() {
        assertThat(iris("火箭")).containsExactly("tool/rocket");
        assertThat(iris("model one 7b chat").get(0)).isEqualTo("model/two");
        assertThat(iris("org/model-one-7b").get(0)).isEqualTo("model/one");
    }

    @Test
    void shouldForgiveOneTypo() {
        assertThat(iris("rockte").get(0)).isEqualTo("tool/rocket");
        assertThat(iris("zzzz")).isEmpty();
    }

    @Test
    void shouldFilterByType() {
        Node model = Ikg.term("Model");
        assertThat(index.search("one", model, 10)).allMatch(m -> m.resource().getURI().contains("/model/"));
        assertThat(index.search("rocket", model, 10)).isEmpty();
    }

    @Test
    void shouldFollowEveryWrite() {
        assertThat(iris("satellite")).isEmpty();
        long before = index.indexedRevision();
        load("GRAPH <https://w3id.org/internkg/id/source/b> { t:satellite a ikg:SoftwareTool ; rdfs:label \"Satellite\"@en . }");
        assertThat(iris("satellite")).containsExactly("tool/satellite");
        assertThat(index.indexedRevision()).isGreaterThan(before);
        kb.write(ds -> ds.asDatasetGraph().deleteAny(Node.ANY, NodeFactory.createURI(Ikg.ID + "tool/satellite"), Node.ANY, Node.ANY));
        assertThat(iris("satellite")).isEmpty();
    }
}
