package org.internkg.sparql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.sparql.util.NodeIsomorphismMap;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The rows under {@code ORDER BY DESC(?v) ... LIMIT k} of {@code { ?s <p> ?v . more patterns } FILTER(...)} over the
 * union of the store's graphs, found by walking the property's {@link ValueColumn} from the first value in the
 * query's order: for each statement the other patterns and the filter are checked with {@code ?s} and {@code ?v}
 * bound, and the walk stops once k rows are found and the next value sorts after the k-th row's (or, when the
 * second sort key is the subject, as {@code ORDER BY DESC(?score) ?model}, the next statement). ARQ's top-k then
 * orders these rows as it would have ordered them all, ties and further sort keys included. A leaderboard over a
 * benchmark with 50,000 evaluated models then reads a few dozen statements instead of all 50,000.
 * <p>
 * When another pattern fixes everything but the subject ({@code ?s ex:evaluatedOn ex:mmlu}), its subjects are
 * collected from the index first (ids only, nothing decoded), and the walk skips every statement whose subject is
 * not among them with a binary search. When that pattern allows only a few subjects, or the column is not held, the
 * query runs as ARQ planned it: reading those few costs less than any walk.
 */
final class RankedScan extends UnionScanOp {

    /** The query context entry holding the store's value columns. */
    static final Symbol COLUMNS = Symbol.create("https://w3id.org/internkg/def/valueColumns");

    /** An optional {@code AtomicLong} in the query context that adds up the statements walked (for tests). */
    static final Symbol WALKED = Symbol.create("https://w3id.org/internkg/def/rankedScanWalked");

    /** Statements walked between two looks at whether the query was cancelled. */
    private static final int CANCEL_CHECK = 4096;

    /**
     * Rough cost ratios (estimates from profiles of the 10M-triple benchmark store, not tuned): evaluating the other
     * patterns for one statement (index lookups, decoding) against checking its subject among the allowed ones (a
     * binary search), and against collecting one allowed subject from an index. With n allowed subjects, walking
     * costs about {@code k * statements / n} checks and running as planned about n evaluations, so the walk pays
     * off from {@code sqrt(k * statements / EVALUATE_TO_CHECK)} subjects; past {@code sqrt(k * statements *
     * EVALUATE_TO_COLLECT)} collecting them costs more than evaluating each statement the walk meets.
     */
    private static final double EVALUATE_TO_CHECK = 500;
    private static final double EVALUATE_TO_COLLECT = 150;

    private final Triple ranked;
    private final List<Triple> others;
    private final ExprList filter;
    private final int limit;
    private final boolean descending;
    /** Whether the second sort key is the subject, and descending: then the walk follows it within a value too. */
    private final boolean bySubject;
    private final boolean subjectsDescending;
    private final Op original;
    private final Op fallback;
    private final Op rest;

    private RankedScan(Triple ranked, List<Triple> others, ExprList filter, int limit, List<SortCondition> order,
                       Op original, Op planned) {
        super("rankedScan");
        this.ranked = ranked;
        this.others = others;
        this.filter = filter;
        this.limit = limit;
        this.descending = order.get(0).getDirection() == Query.ORDER_DESCENDING;
        this.bySubject = order.size() > 1 && order.get(1).getExpression() instanceof ExprVar second
                && second.asVar().equals(ranked.getSubject());
        this.subjectsDescending = bySubject && order.get(1).getDirection() == Query.ORDER_DESCENDING;
        this.original = original;
        this.fallback = unionQuads(planned);
        this.rest = others.isEmpty() ? null : unionQuads(OpFilter.filterDirect(filter, new OpBGP(BasicPattern.wrap(others))));
    }

    /**
     * {@code top} over a ranked scan when its first sort key is a variable that a pattern {@code ?s <p> ?v} of its
     * basic pattern binds; null otherwise. {@code planned} is its sub-plan as the planner would run it.
     */
    static Op plan(OpTopN top, Op planned) {
        SortCondition first = top.getConditions().get(0);
        if (!(first.getExpression() instanceof ExprVar sortedBy)) {
            return null;
        }
        Op sub = top.getSubOp();
        ExprList filter = new ExprList();
        if (sub instanceof OpFilter opFilter) {
            filter = opFilter.getExprs();
            sub = opFilter.getSubOp();
        }
        if (!(sub instanceof OpBGP bgp)) {
            return null;
        }
        List<Triple> triples = bgp.getPattern().getList();
        for (int i = 0; i < triples.size(); i++) {
            Triple t = triples.get(i);
            if (t.getPredicate().isURI() && t.getObject().equals(sortedBy.asVar()) && Var.isVar(t.getSubject())
                    && !t.getSubject().equals(t.getObject())) {
                List<Triple> others = new ArrayList<>(triples);
                others.remove(i);
                RankedScan scan = new RankedScan(t, others, filter, top.getLimit(), top.getConditions(), top.getSubOp(),
                        planned);
                return new OpTopN(scan, top.getLimit(), top.getConditions());
            }
        }
        return null;
    }

    @Override
    public Op effectiveOp() {
        return original;
    }

    @Override
    QueryIterator solve(Binding parent, ExecutionContext cxt) {
        StoreColumns<ValueColumn> columns = cxt.getContext().get(COLUMNS);
        List<Binding> rows = columns == null ? null : walk(parent, columns, cxt);
        return rows == null ? run(fallback, parent, cxt)
                : QueryIterPlainWrapper.create(rows.iterator(), cxt);
    }

    /** The rows found by walking the values, or null when the query is better run as planned. */
    private List<Binding> walk(Binding parent, StoreColumns<ValueColumn> columns, ExecutionContext cxt) {
        Var subject = (Var) ranked.getSubject();
        Var value = (Var) ranked.getObject();
        DatasetGraph dsg = cxt.getDataset();
        if (parent.contains(subject) || parent.contains(value)) {
            return null;
        }
        ValueColumn column = columns.column(ranked.getPredicate(), dsg);
        if (column == null) {
            return null;
        }
        double reach = (double) limit * column.size();
        long[] allowed = allowedSubjects(parent, subject, dsg, (int) Math.max(1_000, Math.sqrt(EVALUATE_TO_COLLECT * reach)));
        if (allowed != null && allowed.length < Math.max(16, Math.sqrt(reach / EVALUATE_TO_CHECK))) {
            return null;
        }
        NodeTable nodes = StoreColumns.nodeTable(dsg);
        AtomicBoolean cancel = cxt.getCancelSignal();
        List<Binding> rows = new ArrayList<>();
        int evaluated = 0;
        int met = 0;
        int groups = column.groups();
        for (int gi = 0; gi < groups && rows.size() < limit; gi++) {
            // a whole value is walked: the rows of the k-th row's value sort among themselves by the further keys
            int g = descending ? groups - 1 - gi : gi;
            int from = column.start(g);
            int size = column.start(g + 1) - from;
            Node v = null;
            for (int j = 0; j < size; j++) {
                if (++met % CANCEL_CHECK == 0 && cancel != null && cancel.get()) {
                    throw new QueryCancelledException();
                }
                int i = subjectsDescending ? from + size - 1 - j : from + j;
                if (allowed != null && Arrays.binarySearch(allowed, column.subjectPlace(i)) < 0) {
                    continue;
                }
                v = v == null ? column.value(g, nodes) : v;
                Binding b = BindingFactory.binding(BindingFactory.binding(parent, subject, column.subject(i, nodes)), value, v);
                addRows(b, rows, cxt);
                evaluated++;
                if (bySubject && rows.size() >= limit) {
                    // no later statement ties with this one on value and subject
                    break;
                }
            }
        }
        AtomicLong walked = cxt.getContext().get(WALKED);
        if (walked != null) {
            walked.addAndGet(evaluated);
        }
        return rows;
    }

    /** The rows the other patterns and the filter give for one statement. */
    private void addRows(Binding b, List<Binding> rows, ExecutionContext cxt) {
        if (rest == null) {
            if (filter.isSatisfied(b, cxt)) {
                rows.add(b);
            }
            return;
        }
        QueryIterator it = run(rest, b, cxt);
        try {
            it.forEachRemaining(rows::add);
        } finally {
            it.close();
        }
    }

    /**
     * The subjects allowed by the most selective other pattern that fixes everything but the subject ({@code ?s
     * ex:evaluatedOn ex:mmlu}, {@code ex:tool ex:supports ?s}), as sorted node-table places; null when there is no
     * such pattern or each matches more than {@code cap} statements (then the walk checks every statement it meets).
     */
    private long[] allowedSubjects(Binding parent, Var subject, DatasetGraph dsg, int cap) {
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        long[] best = null;
        for (Triple t : others) {
            Node s = fixed(t.getSubject(), parent);
            Node p = fixed(t.getPredicate(), parent);
            Node o = fixed(t.getObject(), parent);
            int at = t.getSubject().equals(subject) && o != Node.ANY ? StoreColumns.S
                    : t.getObject().equals(subject) && s != Node.ANY ? StoreColumns.O : -1;
            if (at < 0 || p == Node.ANY) {
                continue;
            }
            long[] found = places(quads.findAsNodeIds(Node.ANY, s, p, o), at, best == null ? cap : best.length);
            best = found != null ? found : best;
        }
        if (best != null) {
            Arrays.sort(best);
        }
        return best;
    }

    /** The node-table places at one position of the quads (graph, subject, predicate, object); null past {@code cap}. */
    private static long[] places(Iterator<Tuple<NodeId>> quads, int at, int cap) {
        long[] places = new long[64];
        int n = 0;
        try {
            while (quads.hasNext()) {
                NodeId id = quads.next().get(at);
                if (!id.isPtr()) {
                    continue;
                }
                if (n == cap) {
                    return null;
                }
                if (n == places.length) {
                    places = Arrays.copyOf(places, Math.min(cap, places.length * 2));
                }
                places[n++] = id.getPtrLocation();
            }
        } finally {
            Iter.close(quads);
        }
        return Arrays.copyOf(places, n);
    }

    private static Node fixed(Node node, Binding parent) {
        if (!Var.isVar(node)) {
            return node;
        }
        Node bound = parent.get((Var) node);
        return bound == null ? Node.ANY : bound;
    }

    @Override
    public void outputArgs(IndentedWriter out, SerializationContext sCxt) {
        out.print((descending ? "desc " : "asc ") + limit + " ");
        out.print(FmtUtils.stringForTriple(ranked, sCxt.getPrefixMapping()));
        out.print(" ");
        out.print(original.toString(sCxt.getPrefixMapping()).replace('\n', ' '));
    }

    @Override
    public int hashCode() {
        return Objects.hash(ranked, original, limit, descending);
    }

    @Override
    public boolean equalTo(Op other, NodeIsomorphismMap labels) {
        return other instanceof RankedScan scan && scan.ranked.equals(ranked) && scan.original.equals(original)
                && scan.limit == limit && scan.descending == descending;
    }
}
