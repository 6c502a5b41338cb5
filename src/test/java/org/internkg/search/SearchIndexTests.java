package org.internkg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.internkg.graph.BundledKnowledgeBase;
import org.internkg.graph.Ikg;
import org.internkg.graph.KnowledgeBase;
import org.internkg.graph.TrigStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index on a tiny store: ranking rules, Chinese next to Latin, typos, and following every write; on the bundled
 * data, the same ranking as the reference rating of {@link MatchQuality}; on disk, reuse across restarts and
 * rebuilds of a stale index.
 */
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
        TrigStores.load(kb, PREFIXES + trig);
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
    void shouldReadOnlyWordsNoNameStartsWithAsTypos() {
        load("GRAPH <https://w3id.org/internkg/id/source/b> { t:rocker a ikg:SoftwareTool ; rdfs:label \"Rocker\"@en . }");
        assertThat(iris("rocket")).as("a word the index knows is not a typo").doesNotContain("tool/rocker");
        assertThat(iris("rockex")).as("a word it does not know is").contains("tool/rocket", "tool/rocker");
        assertThat(iris("rockte launcher")).as("each word on its own").first().isEqualTo("tool/rocket-launcher");
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

    private static final String SATELLITE = "GRAPH <https://w3id.org/internkg/id/source/b> { t:satellite a ikg:SoftwareTool ; rdfs:label \"Satellite\"@en . }";

    @Test
    void shouldRankAsTheReferenceRatingDoesOnTheBundledData() {
        KnowledgeBase bundled = BundledKnowledgeBase.get();
        SearchIndex onBundled = new SearchIndex(bundled);
        var entries = bundled.read(SearchEntries::read);
        for (String q : List.of("xtuner", "intern", "internlm2", "InternLM2 Chat 7B", "internlm2 ch", "书生", "浦语", "lmdeploy",
                "deploy", "lm", "7b", "chat", "evaluation", "fine tuning", "lmdeplyo", "opencompas", "xtunr", "model quantization",
                "openxlab", "zzzz", "e")) {
            String needle = q.strip().toLowerCase(java.util.Locale.ROOT);
            List<String> tokens = SearchAnalyzer.tokens(needle);
            Set<String> known = MatchQuality.knownWords(entries.values(), tokens);
            List<String> expected = entries.values().stream().map(e -> MatchQuality.rate(e, needle, tokens, known))
                    .filter(Objects::nonNull).sorted(MatchQuality.ORDER).limit(20)
                    .map(m -> m.resource().getURI() + " q" + m.quality()).toList();
            List<String> actual = onBundled.search(q, null, 20).stream().map(m -> m.resource().getURI() + " q" + m.quality()).toList();
            assertThat(actual).as("search for %s", q).isEqualTo(expected);
        }
        onBundled.close();
    }

    @Test
    void shouldReuseTheIndexOnDiskAfterARestartAndRebuildItWhenTheStoreChanged(@TempDir Path dir) {
        Path location = dir.resolve("store");
        KnowledgeBase disk = KnowledgeBase.onDisk(location);
        disk.write(ds -> RDFParser.create().source(new StringReader(PREFIXES + """
                GRAPH <https://w3id.org/internkg/id/source/a> { t:rocket a ikg:SoftwareTool ; rdfs:label "Rocket"@en . }
                """)).lang(Lang.TRIG).parse(ds.asDatasetGraph()));
        SearchIndex first = new SearchIndex(disk);
        assertThat(first.search("rocket", null, 10)).extracting(m -> m.resource().getURI()).containsExactly(Ikg.ID + "tool/rocket");
        assertThat(first.builds()).isEqualTo(1);
        assertThat(first.status().orElseThrow().origin()).isEqualTo("built");
        assertThat(Files.isDirectory(location.resolve(SearchIndex.INDEX_DIRECTORY))).isTrue();
        first.close();
        disk.close();

        // Restart: the store is unchanged, so the index on disk answers without reading the store.
        disk = KnowledgeBase.onDisk(location);
        SearchIndex second = new SearchIndex(disk);
        assertThat(second.search("rocket", null, 10)).extracting(m -> m.resource().getURI()).containsExactly(Ikg.ID + "tool/rocket");
        assertThat(second.builds()).isZero();
        assertThat(second.status()).map(SearchIndex.Status::origin).contains("reused");
        second.close();
        // The store changes while no server runs (e.g. the load command): the index is stale.
        disk.write(ds -> RDFParser.create().source(new StringReader(PREFIXES + SATELLITE)).lang(Lang.TRIG).parse(ds.asDatasetGraph()));
        disk.close();

        disk = KnowledgeBase.onDisk(location);
        SearchIndex third = new SearchIndex(disk);
        assertThat(third.search("satellite", null, 10)).extracting(m -> m.resource().getURI()).containsExactly(Ikg.ID + "tool/satellite");
        assertThat(third.builds()).isEqualTo(1);
        assertThat(third.status()).map(SearchIndex.Status::origin).contains("built");
        third.close();
        disk.close();
    }

    @Test
    void shouldRebuildALargeIndexInTheBackgroundAnsweringFromThePreviousOneMeanwhile() throws InterruptedException {
        SearchIndex large = new SearchIndex(kb, 0);
        assertThat(large.search("satellite", null, 10)).isEmpty();
        load(SATELLITE);
        // The first search after the write answers at once, from the index it had; the new one follows.
        assertThat(large.search("rocket", null, 10)).isNotEmpty();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (large.search("satellite", null, 10).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(large.search("satellite", null, 10)).extracting(m -> m.resource().getURI()).containsExactly(Ikg.ID + "tool/satellite");
        assertThat(large.indexedRevision()).isEqualTo(kb.revision());
        large.close();
    }
}
