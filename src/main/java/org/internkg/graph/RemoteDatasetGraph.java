package org.internkg.graph;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraphBaseFind;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Transactional;
import org.apache.jena.sparql.core.TransactionalNull;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.atlas.iterator.Iter;

/**
 * The remote store seen as a read-only Jena dataset: each {@code find} is one SELECT on the server. Code that walks
 * the graph (resource pages, labels, the validator) works unchanged, one request per pattern; whole queries go to
 * the server through {@link StoreQueries}. The default graph is the union of the named graphs for queries, as in the
 * embedded store; the server's own default graph holds only InternKG's revision and is not shown. Writes go through
 * {@link KnowledgeBase#write}, never through this view.
 */
final class RemoteDatasetGraph extends DatasetGraphBaseFind {

    private static final Var G = Var.alloc("g");
    private static final Var S = Var.alloc("s");
    private static final Var P = Var.alloc("p");
    private static final Var O = Var.alloc("o");

    private final RemoteKnowledgeBase store;
    private final Transactional transactional = TransactionalNull.create();
    private final Context context = new Context();

    RemoteDatasetGraph(RemoteKnowledgeBase store) {
        this.store = store;
    }

    RemoteKnowledgeBase store() {
        return store;
    }

    /** As in the embedded store, the stored default graph is not data: the union is {@link #getUnionGraph()}. */
    @Override
    protected Iterator<Quad> findInDftGraph(Node s, Node p, Node o) {
        return Iter.nullIterator();
    }

    @Override
    protected Iterator<Quad> findInSpecificNamedGraph(Node g, Node s, Node p, Node o) {
        return quads(g, s, p, o);
    }

    @Override
    protected Iterator<Quad> findInAnyNamedGraphs(Node s, Node p, Node o) {
        return quads(null, s, p, o);
    }

    /** Named graphs only: the union default graph would repeat every quad. */
    @Override
    protected Iterator<Quad> findAny(Node s, Node p, Node o) {
        return quads(null, s, p, o);
    }

    private Iterator<Quad> quads(Node g, Node s, Node p, Node o) {
        BindingBuilder bound = BindingBuilder.create();
        bind(bound, G, g);
        bind(bound, S, s);
        bind(bound, P, p);
        bind(bound, O, o);
        List<Quad> quads = new ArrayList<>();
        for (Binding row : store.selectRaw("remote-find.rq", bound.build())) {
            quads.add(Quad.create(value(row, G, g), value(row, S, s), value(row, P, p), value(row, O, o)));
        }
        return quads.iterator();
    }

    private static void bind(BindingBuilder bound, Var var, Node node) {
        if (node != null && node.isConcrete()) {
            bound.add(var, node);
        }
    }

    private static Node value(Binding row, Var var, Node pattern) {
        return pattern != null && pattern.isConcrete() ? pattern : row.get(var);
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        return store.selectRaw("remote-graph-names.rq", BindingFactory.empty()).stream().map(row -> row.get(G)).iterator();
    }

    @Override
    public boolean containsGraph(Node graphNode) {
        if (Quad.isDefaultGraph(graphNode) || Quad.isUnionGraph(graphNode)) {
            return true;
        }
        return store.askRaw("remote-has-graph.rq", BindingBuilder.create().add(G, graphNode).build());
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public Graph getUnionGraph() {
        return GraphView.createUnionGraph(this);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        throw readOnly();
    }

    @Override
    public void removeGraph(Node graphName) {
        throw readOnly();
    }

    @Override
    public void add(Quad quad) {
        throw readOnly();
    }

    @Override
    public void delete(Quad quad) {
        throw readOnly();
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("the remote store is changed through KnowledgeBase.write only");
    }

    @Override
    public PrefixMap prefixes() {
        return PrefixMapFactory.emptyPrefixMap();
    }

    @Override
    public Context getContext() {
        return context;
    }

    @Override
    public boolean supportsTransactions() {
        return false;
    }

    @Override
    public void begin(TxnType type) {
        transactional.begin(type);
    }

    @Override
    public void begin(ReadWrite readWrite) {
        transactional.begin(readWrite);
    }

    @Override
    public boolean promote(Promote mode) {
        return transactional.promote(mode);
    }

    @Override
    public void commit() {
        transactional.commit();
    }

    @Override
    public void abort() {
        transactional.abort();
    }

    @Override
    public void end() {
        transactional.end();
    }

    @Override
    public ReadWrite transactionMode() {
        return transactional.transactionMode();
    }

    @Override
    public TxnType transactionType() {
        return transactional.transactionType();
    }

    @Override
    public boolean isInTransaction() {
        return transactional.isInTransaction();
    }
}
