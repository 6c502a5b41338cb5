package org.internkg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.internkg.graph.Ikg;
import org.internkg.graph.KnowledgeBase;
import org.springframework.core.io.ClassPathResource;

/**
 * Draws the query instances from the store, the same for every server: a seeded sample of models (their
 * labels, label prefixes and fragments), benchmarks, and the hubs (the most linked tools and benchmarks of the
 * generated data) among the neighbourhood centres. Parameters are bound with Jena's
 * {@link ParameterizedSparqlString}, never pasted into the text.
 */
public final class BenchInstances {

    private static final String DIR = "bench/queries/";
    private static final int HUBS = 10;

    private final KnowledgeBase store;
    private final int perQuery;
    private final long seed;

    public BenchInstances(KnowledgeBase store, int perQuery, long seed) {
        this.store = store;
        this.perQuery = perQuery;
        this.seed = seed;
    }

    /** The ten SPARQL templates, then the explorer API paths, with {@code perQuery} instances each. */
    public List<BenchQuery> queries() {
        SplittableRandom random = new SplittableRandom(seed);
        List<Node[]> allModels = rows("sample-models.rq");
        List<Node[]> models = pick(allModels, random);
        List<Node[]> prefixes = pick(allModels.stream().map(row -> prefix(row[1].getLiteralLexicalForm())).distinct()
                .map(prefix -> new Node[] {text(prefix)}).toList(), random);
        List<Node> benchmarks = pick(rows("sample-benchmarks.rq"), random).stream().map(row -> row[0]).toList();
        List<Node> centres = new ArrayList<>(hubs());
        models.stream().limit(perQuery - centres.size()).forEach(row -> centres.add(row[0]));
        return List.of(
                bench("q01-label-exact", 10, false, models, row -> Map.of("label", row[1])),
                bench("q02-label-prefix", 10, false, prefixes, row -> Map.of("prefix", row[0])),
                bench("q03-label-regex", 3, false, prefixes, row -> Map.of("pattern", text(fragment(row[0].getLiteralLexicalForm())))),
                bench("q04-neighbourhood-1", 30, false, centres, centre -> Map.of("centre", centre)),
                bench("q05-neighbourhood-2", 10, false, centres, centre -> Map.of("centre", centre)),
                bench("q06-aggregate-stage", 2, false, List.of(1), none -> Map.of()),
                bench("q07-lineage-path", 10, false, models, row -> Map.of("model", row[0])),
                bench("q08-top-k", 5, false, benchmarks, benchmark -> Map.of("benchmark", benchmark)),
                bench("q09-describe", 10, true, centres, centre -> Map.of("centre", centre)),
                bench("q10-construct", 10, true, models, row -> Map.of("model", row[0])),
                api("api-search", 3, prefixes.stream().map(row -> "/api/search?q=" + encode(row[0].getLiteralLexicalForm())).toList()),
                api("api-neighbourhood", 5, centres.stream().map(centre -> "/api/neighbourhood?iri=" + encode(centre.getURI())).toList()),
                api("api-resource", 2, centres.stream().map(centre -> "/api/resource?iri=" + encode(centre.getURI())).toList()));
    }

    /** Whether a template is a path of InternKG's explorer API rather than a SPARQL query. */
    public static boolean isApi(BenchQuery query) {
        return query.name().startsWith("api-");
    }

    private BenchQuery api(String name, int weight, List<String> paths) {
        return new BenchQuery(name, weight, false, paths.subList(0, Math.min(perQuery, paths.size())));
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The lower-cased label up to its size, e.g. {@code internnova3-7b}: a typical autocomplete prefix with a few matches. */
    static String prefix(String label) {
        String lower = label.toLowerCase(Locale.ROOT);
        int second = lower.indexOf('-', lower.indexOf('-') + 1);
        return second < 0 ? lower : lower.substring(0, second);
    }

    /** A prefix without the brand, e.g. {@code nova3-7b}: what a person half remembers. */
    static String fragment(String prefix) {
        return prefix.startsWith("intern") && prefix.length() > 6 ? prefix.substring(6) : prefix;
    }

    private <T> BenchQuery bench(String name, int weight, boolean graph, List<T> items, Function<T, Map<String, Node>> bindings) {
        String template = read(name + ".rq");
        List<String> instances = new ArrayList<>();
        for (T item : items) {
            ParameterizedSparqlString text = new ParameterizedSparqlString(template);
            bindings.apply(item).forEach(text::setParam);
            instances.add(text.toString());
            if (instances.size() == perQuery) {
                break;
            }
        }
        return new BenchQuery(name, weight, graph, instances);
    }

    /** The most linked tools and benchmarks of the generated data (its skew puts them first), when present. */
    private List<Node> hubs() {
        List<Node> hubs = new ArrayList<>();
        for (int i = 1; hubs.size() < HUBS && i <= HUBS; i++) {
            for (Node hub : List.of(NodeFactory.createURI(Ikg.ID + "tool/gen-tool-" + i), NodeFactory.createURI(Ikg.ID + "benchmark/gen-bench-" + i))) {
                if (store.read(ds -> ds.asDatasetGraph().contains(Node.ANY, hub, Node.ANY, Node.ANY))) {
                    hubs.add(hub);
                }
            }
        }
        return hubs.subList(0, Math.min(HUBS, hubs.size()));
    }

    /** A seeded sample of {@code perQuery} distinct rows (all rows when there are fewer), in sample order. */
    private List<Node[]> pick(List<Node[]> rows, SplittableRandom random) {
        if (rows.size() <= perQuery) {
            return rows;
        }
        LinkedHashSet<Integer> chosen = new LinkedHashSet<>();
        while (chosen.size() < perQuery) {
            chosen.add(random.nextInt(rows.size()));
        }
        return chosen.stream().map(rows::get).toList();
    }

    private List<Node[]> rows(String file) {
        Query query = QueryFactory.create(read(file));
        return store.read(ds -> {
            List<Node[]> rows = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(ds.asDatasetGraph()).query(query).build()) {
                RowSet results = exec.select();
                List<org.apache.jena.sparql.core.Var> vars = results.getResultVars();
                results.forEachRemaining(row -> rows.add(vars.stream().map(row::get).toArray(Node[]::new)));
            }
            return rows;
        });
    }

    private static Node text(String value) {
        return NodeFactory.createLiteralString(value);
    }

    static String read(String file) {
        try (InputStream in = new ClassPathResource(DIR + file).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the benchmark query " + file, e);
        }
    }
}
