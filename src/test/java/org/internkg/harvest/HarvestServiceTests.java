package org.internkg.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.internkg.graph.BundledData;
import org.internkg.graph.Ikg;
import org.internkg.graph.KnowledgeBase;
import org.internkg.validation.KnowledgeBaseInvalidException;
import org.internkg.validation.KnowledgeBaseValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Harvesting into the store: reconciliation, provenance, versions, the archive, disagreements and validation. */
class HarvestServiceTests {

    private static final String MODEL = Ikg.ID + "model/";
    private static final String PREFIXES = "PREFIX ikg: <https://w3id.org/internkg/def/> PREFIX schema: <https://schema.org/> "
            + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX dcterms: <http://purl.org/dc/terms/> "
            + "PREFIX prov: <http://www.w3.org/ns/prov#> ";
    private static final String README = "https://github.com/InternLM/InternLM/blob/main/README.md";

    @TempDir
    Path archiveDir;

    private KnowledgeBase kb;
    private HarvestArchive archive;
    private HarvestService service;

    @BeforeEach
    void openStore() {
        kb = KnowledgeBase.inMemory();
        BundledData bundled = new BundledData();
        bundled.loadInto(kb);
        archive = new HarvestArchive(archiveDir);
        service = new HarvestService(kb, new KnowledgeBaseValidator(bundled), archive);
    }

    @AfterEach
    void closeStore() {
        kb.close();
    }

    @Test
    void shouldHarvestTheFourReadmeVersionsInOrderWithoutDuplicatingACuratedModel() {
        List<HarvestOutcome> outcomes = List.of(
                service.harvest(UpstreamFiles.upstream("internlm-README.md@e611817", Instant.parse("2023-09-20T08:46:45Z"))),
                service.harvest(UpstreamFiles.upstream("internlm-README.md@67c5e9d", Instant.parse("2024-02-21T10:05:01Z"))),
                service.harvest(UpstreamFiles.upstream("internlm-README.md@ef74b41", Instant.parse("2024-08-05T08:45:23Z"))),
                service.harvest(UpstreamFiles.upstream("internlm-README.md@fb14f9b", Instant.parse("2025-01-16T10:47:32Z"))));

        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(HarvestOutcome.Status.LIVE);
            assertThat(o.harvested().minted()).as("minted entities of " + o.harvested().name()).isEmpty();
        });
        assertThat(select("SELECT ?id WHERE { ?m ikg:huggingFaceId ?id } GROUP BY ?id HAVING (COUNT(DISTINCT ?m) > 1)")).isEmpty();
        // The 2024-02 version replaced the InternLM table by the eleven InternLM2 models.
        HarvestOutcome february = outcomes.get(1);
        assertThat(february.previous().getURI()).endsWith("harvest-github-internlm-internlm-blob-readme-md-e611817");
        assertThat(entities(february.changes(), Change.Kind.ADDED_MODEL)).containsExactlyInAnyOrder(
                "internlm2-1-8b", "internlm2-chat-1-8b-sft", "internlm2-chat-1-8b", "internlm2-base-7b", "internlm2-7b",
                "internlm2-chat-7b-sft", "internlm2-chat-7b", "internlm2-base-20b", "internlm2-20b", "internlm2-chat-20b-sft",
                "internlm2-chat-20b");
        assertThat(entities(february.changes(), Change.Kind.REMOVED_MODEL)).containsExactlyInAnyOrder(
                "internlm-chat-20b", "internlm-20b", "internlm-chat-7b-v1-1", "internlm-7b", "internlm-chat-7b", "internlm-chat-7b-8k");
        assertThat(entities(outcomes.get(3).changes(), Change.Kind.ADDED_MODEL)).containsExactly("internlm3-8b-instruct");
        // Only the newest version is live; the three older ones are in the archive.
        assertThat(select("SELECT ?g WHERE { GRAPH ?g { ?g dcterms:isVersionOf <" + README + "> } }"))
                .containsExactly(Ikg.SOURCE + "harvest-github-internlm-internlm-blob-readme-md-fb14f9b");
        assertThat(archive.size()).isEqualTo(3);
    }

    @Test
    void shouldSourceTheAugust2024ReleaseDateOfInternLm25ToThatReadmesCommit() {
        service.harvest(UpstreamFiles.upstream("internlm-README.md@ef74b41", Instant.parse("2024-08-05T08:45:23Z")));

        List<String> graphs = select("SELECT ?g WHERE { GRAPH ?g { <" + MODEL + "internlm2-5-7b> schema:datePublished \"2024-07-03\"^^<"
                + XSDDatatype.XSDdate.getURI() + "> . ?g ikg:commit \"ef74b41\" ; prov:wasDerivedFrom "
                + "<https://github.com/InternLM/InternLM/blob/ef74b41/README.md> ; prov:generatedAtTime ?t ; a ikg:SourceDocument } }");
        assertThat(graphs).containsExactly(Ikg.SOURCE + "harvest-github-internlm-internlm-blob-readme-md-ef74b41");
        assertThat(select("SELECT ?m WHERE { GRAPH ?g { ?m ikg:family <" + Ikg.ID + "family/internlm2-reward> ; ikg:rewardBenchScore 86.6 } }"))
                .containsExactly(MODEL + "internlm2-7b-reward");
    }

    @Test
    void shouldFlagTheChineseNewsDateOfInternLm25AsAReportedValue() {
        HarvestOutcome zh = service.harvest(UpstreamFiles.upstream("internlm-README_zh-CN.md@fb14f9b"));

        assertThat(zh.harvested().disagreements()).contains(
                new Disagreement(MODEL + "internlm2-5-7b", "datePublished", "2024-07-03", "2024-06-30", "news, line 57"));
        assertThat(select("SELECT ?g WHERE { GRAPH ?g { <" + MODEL + "internlm2-5-7b> ikg:reportedValue ?rv . ?rv ikg:ofProperty schema:datePublished ; "
                + "rdf:value \"2024-06-30\"^^<" + XSDDatatype.XSDdate.getURI() + "> } FILTER STRSTARTS(STR(?g), \"" + HarvestGraphBuilder.GRAPH_PREFIX + "\") }"))
                .containsExactly(Ikg.SOURCE + "harvest-github-internlm-internlm-blob-readme-zh-cn-md-fb14f9b");
        // The curated value stays the direct triple: the harvest did not add a second date.
        assertThat(select("SELECT DISTINCT ?d WHERE { <" + MODEL + "internlm2-5-7b> schema:datePublished ?d }")).containsExactly("2024-07-03");
    }

    @Test
    void shouldKeepTheNewerVersionLiveWhenAnOlderOneIsHarvestedLater() {
        service.harvest(UpstreamFiles.upstream("internlm-README.md@fb14f9b", Instant.parse("2025-01-16T10:47:32Z")));
        HarvestOutcome older = service.harvest(UpstreamFiles.upstream("internlm-README.md@67c5e9d", Instant.parse("2024-02-21T10:05:01Z")));

        assertThat(older.status()).isEqualTo(HarvestOutcome.Status.ARCHIVED_AS_OLDER);
        assertThat(select("SELECT ?g WHERE { GRAPH ?g { ?g dcterms:isVersionOf <" + README + "> } }"))
                .containsExactly(Ikg.SOURCE + "harvest-github-internlm-internlm-blob-readme-md-fb14f9b");
        assertThat(archive.size()).isEqualTo(1);
    }

    @Test
    void shouldLeaveStoreAndArchiveUntouchedWhenTheHarvestBreaksTheShapes() {
        long before = quadCount();

        assertThatThrownBy(() -> service.harvest(UpstreamFiles.fixture("model-zoo-bad-link.md", "https://github.com/example/fixture/blob/main/README.md", SourceKind.MODEL_ZOO)))
                .isInstanceOf(KnowledgeBaseInvalidException.class)
                .hasMessageContaining("does not conform to the shapes")
                .hasMessageContaining("Violation: <" + MODEL + "fixture-20org-bad-20id> <" + Ikg.DEF + "huggingFaceId>");
        assertThat(quadCount()).isEqualTo(before);
        assertThat(archive.size()).isZero();
    }

    @Test
    void shouldReportANewModelItCannotLinkToAnythingAndInferTheFamilyFromTheName() {
        HarvestOutcome preview = service.preview(UpstreamFiles.fixture("model-zoo-bad-link.md",
                "https://github.com/example/fixture/blob/main/README.md", SourceKind.MODEL_ZOO));

        assertThat(preview.harvested().result().unreadable()).extracting(UnreadableRow::toString).contains(
                "model-zoo-bad-link.md:12: Fixture-Date-7B matches no curated model and no family by section or name: left out; curate it or its family");
        Node minted = NodeFactory.createURI(MODEL + "fixture-20org-bad-20id");
        assertThat(preview.harvested().minted()).containsOnlyKeys(minted);
        assertThat(preview.harvested().graph().contains(minted, Ikg.term("family"), NodeFactory.createURI(Ikg.ID + "family/internlm2"))).isTrue();
    }

    @Test
    void shouldStoreQualifiedSupportOfInternLm25OnTurboMindW4A16AndKeepThePlainTriple() {
        HarvestOutcome lmdeploy = service.harvest(UpstreamFiles.upstream("lmdeploy-docs__en__supported_models__supported_models.md@c124582"));

        assertThat(ask("ASK { <" + Ikg.ID + "tool/lmdeploy> ikg:supportsModel <" + Ikg.ID + "family/internlm2-5> ; "
                + "ikg:support [ a ikg:Support ; ikg:model <" + Ikg.ID + "family/internlm2-5> ; ikg:engine \"TurboMind\" ; "
                + "ikg:platformName \"CUDA\" ; ikg:precision \"W4A16\" ; ikg:supported true ] }")).isTrue();
        assertThat(ask("ASK { <" + Ikg.ID + "tool/lmdeploy> ikg:support [ ikg:model <" + Ikg.ID + "model/intern-s1> ; "
                + "ikg:engine \"TurboMind\" ; ikg:precision \"W4A16\" ; ikg:supported false ] }")).isTrue();
        // Models nobody curated are minted, marked unreconciled and listed.
        assertThat(lmdeploy.harvested().minted()).containsEntry(NodeFactory.createURI(MODEL + "qwen2-5"), "Qwen2.5");
        assertThat(ask("ASK { <" + MODEL + "qwen2-5> a ikg:Model ; ikg:reconciliation ikg:unreconciled }")).isTrue();
    }

    @Test
    void shouldListSupportedModelsAddedAndDroppedBetweenXtunerVersions() {
        service.harvest(UpstreamFiles.upstream("xtuner-README.md@3500a47", Instant.parse("2025-08-13T03:07:58Z")));
        HarvestOutcome v1 = service.harvest(UpstreamFiles.upstream("xtuner-README.md@845b0a9", Instant.parse("2025-10-31T09:02:41Z")));

        assertThat(v1.changes()).contains(
                new Change(Change.Kind.ADDED_SUPPORT, MODEL + "intern-s1", "by " + Ikg.ID + "tool/xtuner"),
                new Change(Change.Kind.REMOVED_SUPPORT, Ikg.ID + "family/internlm2-5", "by " + Ikg.ID + "tool/xtuner"));
    }

    @Test
    void shouldBringACommunityFineTuneIntoTheGraphThroughItsBaseModel() {
        HarvestOutcome card = service.harvest(UpstreamFiles.fixture("community-internlm2_5-7b-chat-medical.md",
                "https://huggingface.co/example-org/internlm2_5-7b-chat-medical"));
        HarvestOutcome lora = service.harvest(UpstreamFiles.fixture("community-lora-two-bases.md",
                "https://huggingface.co/example-org/lora-two-bases"));

        String fineTune = MODEL + "example-org-internlm2-5-7b-chat-medical";
        assertThat(card.harvested().minted()).containsOnlyKeys(NodeFactory.createURI(fineTune));
        assertThat(ask("ASK { <" + fineTune + "> ikg:derivedFrom <" + MODEL + "internlm2-5-7b-chat> ; "
                + "dcterms:license <http://spdx.org/licenses/Apache-2.0> ; ikg:pipelineTag \"text-generation\" ; ikg:tag \"medical\" ; "
                + "ikg:huggingFaceId \"example-org/internlm2_5-7b-chat-medical\" ; ikg:reconciliation ikg:unreconciled }")).isTrue();
        assertThat(lora.harvested().minted().keySet()).extracting(Node::getURI)
                .containsExactlyInAnyOrder(MODEL + "example-org-lora-two-bases", MODEL + "example-org-unknown-base-13b");
        assertThat(ask("ASK { <" + MODEL + "example-org-lora-two-bases> ikg:derivedFrom <" + MODEL + "internlm2-chat-7b>, <"
                + MODEL + "example-org-unknown-base-13b> ; ikg:licenseNote \"Hugging Face licence tag: other\" }")).isTrue();
    }

    @Test
    void shouldNotAttachAMirrorThatKeptTheNameToTheCuratedModel() {
        HarvestOutcome mirror = service.preview(UpstreamFiles.fixture("community-internlm2_5-7b-chat-medical.md",
                "https://huggingface.co/example-mirror/internlm2_5-7b-chat"));

        // Same name as the curated InternLM2.5-7B-Chat, but another repository: a new model derived from it.
        Node minted = NodeFactory.createURI(MODEL + "example-mirror-internlm2-5-7b-chat");
        assertThat(mirror.harvested().minted()).containsOnlyKeys(minted);
        assertThat(mirror.harvested().graph().contains(minted, Ikg.term("derivedFrom"), NodeFactory.createURI(MODEL + "internlm2-5-7b-chat"))).isTrue();
        assertThat(mirror.status()).isEqualTo(HarvestOutcome.Status.DRY_RUN);
    }

    @Test
    void shouldReproduceTheCuratedReleaseDatesFromTheNewestReadme() {
        HarvestOutcome newest = service.preview(UpstreamFiles.upstream("internlm-README.md@fb14f9b"));
        Graph graph = newest.harvested().graph();
        Map<String, String> curated = select("SELECT ?m ?d WHERE { GRAPH ?g { ?m a ikg:Model ; schema:datePublished ?d } "
                + "FILTER (!STRSTARTS(STR(?g), \"" + HarvestGraphBuilder.GRAPH_PREFIX + "\")) }", "m", "d");
        Set<String> reproduced = curated.entrySet().stream()
                .filter(e -> graph.contains(NodeFactory.createURI(e.getKey()), HarvestGraphBuilder.DATE_PUBLISHED,
                        NodeFactory.createLiteralDT(e.getValue(), XSDDatatype.XSDdate)))
                .map(Map.Entry::getKey).collect(Collectors.toSet());

        // The 22 rows of the newest README's model zoo carry the curated date of each of their 22 models.
        assertThat(reproduced).hasSize(22);
        assertThat(newest.harvested().disagreements()).noneMatch(d -> d.where().startsWith("model-zoo table"));
        System.out.printf("curated release dates reproduced by the newest InternLM README: %d of %d (%.0f%%)%n",
                reproduced.size(), curated.size(), 100.0 * reproduced.size() / curated.size());
    }

    private long quadCount() {
        Long n = kb.read(ds -> ds.asDatasetGraph().stream().count());
        return n;
    }

    private static List<String> entities(List<Change> changes, Change.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).map(c -> c.entity().substring(MODEL.length())).toList();
    }

    private List<String> select(String query) {
        return kb.read(ds -> {
            try (QueryExecution exec = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
                List<String> out = new java.util.ArrayList<>();
                exec.execSelect().forEachRemaining(row -> {
                    var node = row.get(row.varNames().next()).asNode();
                    out.add(node.isURI() ? node.getURI() : node.getLiteralLexicalForm());
                });
                return out;
            }
        });
    }

    private Map<String, String> select(String query, String key, String value) {
        return kb.read(ds -> {
            try (QueryExecution exec = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
                Map<String, String> out = new java.util.HashMap<>();
                exec.execSelect().forEachRemaining(row -> out.put(row.getResource(key).getURI(), row.getLiteral(value).getLexicalForm()));
                return out;
            }
        });
    }

    private boolean ask(String query) {
        return kb.read(ds -> {
            try (QueryExecution exec = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
                return exec.execAsk();
            }
        });
    }
}
