package org.internkg.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.internkg.graph.Ikg;

/**
 * Deterministic, ecosystem-shaped synthetic data in InternKG's own vocabulary, for benchmarks at 100k to 10M
 * triples: model families with variant trees (base, chat, fine-tunes of fine-tunes), tools that support models
 * (a few tools and benchmarks are hubs with thousands of edges, as LMDeploy and MMLU are), datasets, benchmarks
 * with per-model results, labels in English and Chinese, and one source graph per family document, so the data
 * conforms to the shapes like the curated data. The same seed and size give the same quads in the same order.
 */
public final class SyntheticEcosystem {

    private static final String ID = Ikg.ID;
    private static final String SCHEMA = "https://schema.org/";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    /** The curated pipeline stages (bundled data): tools and datasets point at them. */
    private static final List<String> STAGES = List.of("data", "pre-training", "fine-tuning", "deployment", "evaluation", "application");
    private static final String[] FAMILY_WORDS = {"Nova", "Lumen", "Tide", "Quill", "Aster", "Cedar", "Delta", "Ember",
        "Fjord", "Grove", "Helix", "Iris", "Juniper", "Kestrel", "Lotus", "Meridian"};
    private static final String[] FAMILY_WORDS_ZH = {"新星", "流明", "潮汐", "羽笔", "紫菀", "雪松", "三角洲", "余烬",
        "峡湾", "林地", "螺旋", "鸢尾", "杜松", "红隼", "莲花", "子午"};
    private static final String[] VARIANTS = {"chat", "instruct", "math", "code", "reward", "vl", "agent", "long"};
    private static final String[] VARIANTS_ZH = {"对话", "指令", "数学", "代码", "奖励", "多模态", "智能体", "长文本"};
    private static final double[] SIZES = {1.8, 7, 20, 70};

    private final long targetTriples;
    private final SplittableRandom random;
    private final int tools;
    private final int benchmarks;
    private final int datasets;
    private final int organizations;
    private long emitted;

    public SyntheticEcosystem(long targetTriples, long seed) {
        if (targetTriples < 1) {
            throw new IllegalArgumentException("--triples must be positive, got " + targetTriples);
        }
        this.targetTriples = targetTriples;
        this.random = new SplittableRandom(seed);
        this.tools = (int) Math.min(2_000, 20 + targetTriples / 20_000);
        this.benchmarks = (int) Math.min(5_000, 30 + targetTriples / 10_000);
        this.datasets = (int) Math.min(5_000, 20 + targetTriples / 20_000);
        this.organizations = (int) Math.min(500, 5 + targetTriples / 100_000);
    }

    /** Writes quads to {@code out} until at least the target number is reached (the last family is completed); returns the count. */
    public long writeTo(StreamRDF out) {
        out.start();
        catalogue(out);
        for (int family = 1; emitted < targetTriples; family++) {
            family(out, family);
        }
        out.finish();
        return emitted;
    }

    /** Organizations, tools, datasets and benchmarks: one source document for the catalogue. */
    private void catalogue(StreamRDF out) {
        Node g = source(out, "gen-catalogue", "Synthetic ecosystem catalogue");
        for (int i = 1; i <= organizations; i++) {
            Node org = id("org", "gen-lab-" + i);
            emit(out, g, org, RDF.type.asNode(), ikg("Organization"));
            emit(out, g, org, RDFS.label.asNode(), en("Synthetic Lab " + i));
            emit(out, g, org, RDFS.label.asNode(), zh("合成实验室 " + i));
        }
        for (int i = 1; i <= tools; i++) {
            Node tool = tool(i);
            emit(out, g, tool, RDF.type.asNode(), ikg("SoftwareTool"));
            emit(out, g, tool, RDFS.label.asNode(), en("Intern" + FAMILY_WORDS[i % FAMILY_WORDS.length] + "Kit " + i));
            emit(out, g, tool, ikg("servesStage"), stage(STAGES.get(i % STAGES.size())));
            emit(out, g, tool, ikg("developedBy"), org(1 + i % organizations));
        }
        for (int i = 1; i <= datasets; i++) {
            Node dataset = dataset(i);
            emit(out, g, dataset, RDF.type.asNode(), ikg("Dataset"));
            emit(out, g, dataset, RDFS.label.asNode(), en("Corpus " + FAMILY_WORDS[i % FAMILY_WORDS.length] + " " + i));
            emit(out, g, dataset, RDFS.label.asNode(), zh("语料 " + FAMILY_WORDS_ZH[i % FAMILY_WORDS_ZH.length] + " " + i));
            emit(out, g, dataset, ikg("servesStage"), stage(STAGES.get(i % 3)));
        }
        for (int i = 1; i <= benchmarks; i++) {
            Node benchmark = benchmark(i);
            emit(out, g, benchmark, RDF.type.asNode(), ikg("Benchmark"));
            emit(out, g, benchmark, RDFS.label.asNode(), en("Bench" + FAMILY_WORDS[i % FAMILY_WORDS.length] + "-" + i));
        }
    }

    /** One family, its document, and a variant tree per size: base, then derived models down to six levels. */
    private void family(StreamRDF out, int number) {
        String word = FAMILY_WORDS[number % FAMILY_WORDS.length];
        String wordZh = FAMILY_WORDS_ZH[number % FAMILY_WORDS_ZH.length];
        int generation = number / FAMILY_WORDS.length + 1;
        String name = "Intern" + word + generation;
        Node g = source(out, "gen-family-" + number, name + " model cards");
        Node family = id("family", "gen-f" + number);
        emit(out, g, family, RDF.type.asNode(), ikg("ModelFamily"));
        emit(out, g, family, RDFS.label.asNode(), en(name));
        emit(out, g, family, RDFS.label.asNode(), zh("书生·" + wordZh + generation));
        emit(out, g, family, ikg("developedBy"), org(1 + skewed(organizations)));
        int models = 10 + random.nextInt(60);
        List<Node> tree = new ArrayList<>();
        List<Integer> depth = new ArrayList<>();
        for (int m = 1; m <= models; m++) {
            boolean root = tree.isEmpty() || random.nextInt(8) == 0;
            int parentAt = root ? -1 : tree.size() - 1 - random.nextInt(Math.min(tree.size(), 4));
            if (parentAt >= 0 && depth.get(parentAt) >= 6) {
                parentAt = -1;
            }
            Node model = id("model", "gen-f" + number + "-m" + m);
            int level = parentAt < 0 ? 0 : depth.get(parentAt) + 1;
            tree.add(model);
            depth.add(level);
            double size = SIZES[random.nextInt(SIZES.length)];
            int variant = random.nextInt(VARIANTS.length);
            String sizeText = size == Math.rint(size) ? Integer.toString((int) size) : Double.toString(size);
            String label = name + "-" + sizeText + "B-" + (level == 0 ? "base" : VARIANTS[variant]) + "-" + m;
            emit(out, g, model, RDF.type.asNode(), ikg("Model"));
            emit(out, g, model, RDFS.label.asNode(), en(label));
            if (random.nextInt(3) == 0) {
                emit(out, g, model, RDFS.label.asNode(), zh("书生·" + wordZh + generation + " " + sizeText + "B " + VARIANTS_ZH[variant] + " " + m));
            }
            emit(out, g, model, ikg("family"), family);
            emit(out, g, model, ikg("huggingFaceId"), NodeFactory.createLiteralString("gen-lab-" + number % 97 + "/" + label.toLowerCase()));
            emit(out, g, model, ikg("parameterCount"), NodeFactory.createLiteralDT(sizeText, XSDDatatype.XSDdecimal));
            emit(out, g, model, ikg("contextLength"), NodeFactory.createLiteralDT(Integer.toString(4096 << random.nextInt(6)), XSDDatatype.XSDinteger));
            emit(out, g, model, NodeFactory.createURI(SCHEMA + "datePublished"), NodeFactory.createLiteralDT(
                    String.format("%d-%02d-%02d", 2023 + random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28)), XSDDatatype.XSDdate));
            emit(out, g, model, ikg("variant"), NodeFactory.createLiteralString(level == 0 ? "base" : VARIANTS[variant]));
            if (parentAt >= 0) {
                emit(out, g, model, ikg("derivedFrom"), tree.get(parentAt));
            }
            int evaluations = 2 + random.nextInt(5);
            Set<Integer> evaluatedOn = new LinkedHashSet<>();
            while (evaluatedOn.size() < evaluations) {
                evaluatedOn.add(1 + skewed(benchmarks));
            }
            StringBuilder results = new StringBuilder();
            for (int bench : evaluatedOn) {
                emit(out, g, model, ikg("evaluatedOn"), benchmark(bench));
                results.append(results.isEmpty() ? "" : "; ").append("Bench").append(bench).append(' ').append(20 + random.nextInt(8000) / 100.0);
            }
            emit(out, g, model, ikg("benchmarkResult"), NodeFactory.createLiteralString(results.toString()));
            emit(out, g, model, ikg("trainedOn"), dataset(1 + skewed(datasets)));
            if (random.nextInt(2) == 0) {
                emit(out, g, tool(1 + skewed(tools)), ikg("supportsModel"), model);
            }
        }
    }

    /** Describes a source document in its own graph and returns the graph. */
    private Node source(StreamRDF out, String slug, String label) {
        Node g = id("source", slug);
        emit(out, g, g, RDF.type.asNode(), Ikg.SOURCE_DOCUMENT);
        emit(out, g, g, RDFS.label.asNode(), en(label));
        emit(out, g, g, ikg("retrievedOn"), NodeFactory.createLiteralDT("2026-11-28", XSDDatatype.XSDdate));
        emit(out, g, g, NodeFactory.createURI(PROV + "wasDerivedFrom"), NodeFactory.createURI("https://synthetic.internkg.example/" + slug));
        return g;
    }

    /** Low numbers far more often than high ones: hubs, as in the real ecosystem. */
    private int skewed(int bound) {
        double u = random.nextDouble();
        return (int) (bound * u * u * u);
    }

    private void emit(StreamRDF out, Node g, Node s, Node p, Node o) {
        out.quad(Quad.create(g, s, p, o));
        emitted++;
    }

    private static Node tool(int i) {
        return id("tool", "gen-tool-" + i);
    }

    private static Node dataset(int i) {
        return id("dataset", "gen-corpus-" + i);
    }

    private static Node benchmark(int i) {
        return id("benchmark", "gen-bench-" + i);
    }

    private static Node org(int i) {
        return id("org", "gen-lab-" + i);
    }

    private static Node stage(String slug) {
        return id("stage", slug);
    }

    private static Node id(String type, String slug) {
        return NodeFactory.createURI(ID + type + "/" + slug);
    }

    private static Node ikg(String local) {
        return NodeFactory.createURI(Ikg.DEF + local);
    }

    private static Node en(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    private static Node zh(String text) {
        return NodeFactory.createLiteralLang(text, "zh");
    }
}
