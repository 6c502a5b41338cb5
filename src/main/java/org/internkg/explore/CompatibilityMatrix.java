package org.internkg.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.internkg.explore.GraphLookup.LangLabels;
import org.internkg.graph.KeptPerRevision;
import org.internkg.graph.KnowledgeBase;
import org.springframework.stereotype.Component;

/**
 * Models × tools, computed from the graph. A cell is {@code yes}, {@code no} (a source's table says so) or
 * {@code unknown}, with every statement behind it and its source. Statements about the model itself decide
 * the cell; statements about one of its families count only when there is none about the model (a table's
 * explicit "no" for one model beats "the tool supports the family").
 */
@Component
class CompatibilityMatrix {

    private final KnowledgeBase kb;
    private final int wholeLimit;
    private final BoundedSelect models = BoundedSelect.load("matrix-models.rq", 5000);
    private final BoundedSelect familyModels = BoundedSelect.load("matrix-family-models.rq", 5000);
    private final BoundedSelect plain = BoundedSelect.load("matrix-plain.rq", 20000);
    private final BoundedSelect qualified = BoundedSelect.load("matrix-qualified.rq", 20000);
    private final KeptPerRevision<Long> modelCount;
    private final KeptPerRevision<List<Node>> toolsWithStatements;

    CompatibilityMatrix(KnowledgeBase kb, ExploreProperties properties) {
        this.kb = kb;
        this.wholeLimit = properties.matrixWholeLimit();
        BoundedSelect count = BoundedSelect.load("matrix-model-count.rq", 1);
        BoundedSelect tools = BoundedSelect.load("matrix-tools.rq", 5000);
        this.modelCount = new KeptPerRevision<>(kb, (ds, revision) ->
                count.select(ds, Map.of()).get(0).getLiteral("n").getLong());
        this.toolsWithStatements = new KeptPerRevision<>(kb, (ds, revision) ->
                tools.select(ds, Map.of()).stream().map(r -> node(r, "tool")).toList());
    }

    record Row(String iri, String label, String labelZh, List<String> families, List<String> familyLabels) {
    }

    record Column(String iri, String label, String labelZh) {
    }

    /**
     * One statement behind a cell. {@code target} is the model, or the family when {@code viaFamily};
     * engine, platform, precision and backend are null where the source does not name them.
     */
    record Evidence(boolean supported, boolean viaFamily, String target, String engine, String platform,
                    String precision, String backend, String sourceGraph, String sourceLabel, String sourceUrl,
                    String commit) {
    }

    /** {@code status} is yes, no or unknown; {@code viaFamily} when only family-level statements decide it. */
    record Cell(String model, String tool, String status, boolean viaFamily, List<Evidence> evidence) {
    }

    /**
     * {@code familyRequired} is null, or says why the matrix is empty: the store has more models than the whole
     * matrix is answered for, so it is asked for one family at a time.
     */
    record Matrix(List<Row> models, List<Column> tools, List<Cell> cells, FamilyRequired familyRequired) {
    }

    record FamilyRequired(long models, int wholeLimit, String detail) {
    }

    private record Statement(Node tool, Node target, boolean supported, String engine, String platform,
                             String precision, String backend, Node graph, String url, String commit) {
    }

    /**
     * The rows are every model, or the models of {@code family}; the columns every tool with a support statement, or
     * {@code tools}. Without a family on a store of more models than the whole-matrix limit, the matrix is empty and
     * says a family is required: a matrix of every model would be models × tools cells (631,425 × 530 on the 10M
     * benchmark store), so there it is asked for one family at a time.
     *
     * @param family only the models of this family (null: all)
     * @param tools  only these tools (empty: every tool with a support statement)
     */
    Matrix compute(Node family, Set<Node> tools) {
        if (family == null && modelCount.get() > wholeLimit) {
            long count = modelCount.get();
            return new Matrix(List.of(), List.of(), List.of(), new FamilyRequired(count, wholeLimit, String.format(Locale.ROOT,
                    "This store has %,d models; the whole matrix is answered up to %,d. Give one family: ?family=IRI.",
                    count, wholeLimit)));
        }
        List<Node> allTools = toolsWithStatements.get();
        return kb.read(ds -> {
            GraphLookup lookup = new GraphLookup(ds);
            Map<Node, List<Node>> familiesOf = new LinkedHashMap<>();
            BoundedSelect rowQuery = family == null ? models : familyModels;
            for (QuerySolution r : rowQuery.select(ds, family == null ? Map.of() : Map.of("of", family))) {
                List<Node> fams = familiesOf.computeIfAbsent(node(r, "model"), m -> new ArrayList<>());
                if (r.get("family") != null) {
                    fams.add(node(r, "family"));
                }
            }
            List<Statement> statements = new ArrayList<>();
            if (family == null) {
                statements(ds, null, statements);
            } else {
                // only what is said about these models and their families, each looked up by its target
                Set<Node> targets = new LinkedHashSet<>(familiesOf.keySet());
                familiesOf.values().forEach(targets::addAll);
                targets.forEach(target -> statements(ds, target, statements));
            }
            List<Node> rowNodes = familiesOf.keySet().stream()
                    .sorted(Comparator.comparing((Node m) -> lookup.displayLabel(m).toLowerCase(Locale.ROOT)).thenComparing(Node::getURI))
                    .toList();
            List<Node> columnNodes = allTools.stream().filter(t -> tools.isEmpty() || tools.contains(t))
                    .sorted(Comparator.comparing((Node t) -> lookup.displayLabel(t).toLowerCase(Locale.ROOT)).thenComparing(Node::getURI))
                    .toList();

            Map<Node, Map<Node, List<Statement>>> byToolAndTarget = new HashMap<>();
            statements.forEach(s -> byToolAndTarget.computeIfAbsent(s.tool(), t -> new HashMap<>())
                    .computeIfAbsent(s.target(), t -> new ArrayList<>()).add(s));

            List<Cell> cells = new ArrayList<>();
            for (Node model : rowNodes) {
                for (Node tool : columnNodes) {
                    Map<Node, List<Statement>> ofTool = byToolAndTarget.getOrDefault(tool, Map.of());
                    List<Evidence> direct = evidence(lookup, ofTool.getOrDefault(model, List.of()), false);
                    List<Evidence> viaFamily = new ArrayList<>();
                    for (Node fam : familiesOf.get(model)) {
                        viaFamily.addAll(evidence(lookup, ofTool.getOrDefault(fam, List.of()), true));
                    }
                    List<Evidence> deciding = direct.isEmpty() ? viaFamily : direct;
                    String status = deciding.isEmpty() ? "unknown"
                            : deciding.stream().anyMatch(Evidence::supported) ? "yes" : "no";
                    List<Evidence> all = new ArrayList<>(direct);
                    all.addAll(viaFamily);
                    cells.add(new Cell(model.getURI(), tool.getURI(), status, direct.isEmpty() && !viaFamily.isEmpty(), all));
                }
            }
            List<Row> rows = rowNodes.stream().map(m -> {
                LangLabels labels = lookup.labels(m);
                List<Node> fams = familiesOf.get(m);
                return new Row(m.getURI(), lookup.displayLabel(m), labels.zh(), fams.stream().map(Node::getURI).toList(),
                        fams.stream().map(lookup::displayLabel).toList());
            }).toList();
            List<Column> columns = columnNodes.stream()
                    .map(t -> new Column(t.getURI(), lookup.displayLabel(t), lookup.labels(t).zh())).toList();
            return new Matrix(rows, columns, cells, null);
        });
    }

    /** The support statements about {@code target}, or about every target when it is null, added to {@code into}. */
    private void statements(Dataset ds, Node target, List<Statement> into) {
        Map<String, Node> about = target == null ? Map.of() : Map.of("target", target);
        for (QuerySolution r : plain.select(ds, about)) {
            into.add(new Statement(node(r, "tool"), node(r, "target"), true, null, null, null, null, node(r, "g"),
                    text(r, "url"), text(r, "commit")));
        }
        for (QuerySolution r : qualified.select(ds, about)) {
            RDFNode ok = r.get("supported");
            boolean supported = ok == null || !ok.isLiteral() || !"false".equals(ok.asLiteral().getLexicalForm());
            into.add(new Statement(node(r, "tool"), node(r, "target"), supported, text(r, "engine"), text(r, "platform"),
                    text(r, "precision"), text(r, "backend"), node(r, "g"), text(r, "url"), text(r, "commit")));
        }
    }

    private static List<Evidence> evidence(GraphLookup lookup, List<Statement> statements, boolean viaFamily) {
        return statements.stream().map(s -> new Evidence(s.supported(), viaFamily, s.target().getURI(), s.engine(),
                s.platform(), s.precision(), s.backend(), s.graph().getURI(), lookup.source(s.graph()).label(), s.url(),
                s.commit())).toList();
    }

    private static Node node(QuerySolution row, String name) {
        return row.get(name).asNode();
    }

    private static String text(QuerySolution row, String name) {
        RDFNode value = row.get(name);
        if (value == null) {
            return null;
        }
        return value.isLiteral() ? value.asLiteral().getLexicalForm() : value.asNode().toString();
    }
}
