package org.internkg.sparql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpLib;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction0;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.Unstable;
import org.apache.jena.sparql.expr.aggregate.AggCount;
import org.apache.jena.sparql.expr.aggregate.AggCountVar;
import org.apache.jena.sparql.expr.aggregate.AggCountVarDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.apache.jena.sparql.util.NodeIsomorphismMap;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.XSD;

/**
 * Counts per group over a basic pattern of the union graph, worked out on the store's node ids: {@code SELECT ?stage
 * (COUNT(DISTINCT ?m) AS ?models) { ?tool ex:servesStage ?stage ; ex:supportsModel ?m . ?m ex:family ?f } GROUP BY
 * ?stage}, with a filter or not. Only the group keys and the values a filter reads are decoded (once each); the
 * patterns are joined smallest first, each filter is checked as soon as its variables are bound, and a pattern
 * looked up for many different keys is read whole into a hash table instead of being looked up for each. ARQ's plan
 * looks every pattern up for every row and decodes every value it groups or counts: the dashboard aggregate of the
 * benchmark (632,000 rows at 10M triples) took it 4-18 s.
 * <p>
 * A node id stands for one term and a term has one id (TDB2 keeps a number in its id only in canonical form, and
 * gives that form back), so distinct ids are distinct terms, as ARQ counts them. Counts of rows, of a variable and of
 * a variable's distinct values are planned; any other aggregate, a grouping expression, a variable predicate, a
 * pattern not joined to the others or a filter that is not a function of its variables' values runs as ARQ plans it.
 */
final class GroupCountScan extends UnionScanOp {

    /** An optional {@code AtomicLong} in the query context that adds up the rows counted (for tests). */
    static final Symbol COUNTED = Symbol.create("https://w3id.org/internkg/def/groupCountRows");

    private static final int CANCEL_CHECK = 4096;
    /** Statements counted per pattern to order the join: past it a pattern is only known to be large. */
    private static final int SIZE_CAP = 10_000;
    /**
     * Rough cost of looking one key up in an index against reading one statement of a scan (a B+tree descent against
     * a step along a leaf; an estimate, not tuned). A pattern is read whole once its statements number fewer than
     * this times the lookups still to come: projected from how far the first pattern has been read when its size is
     * known, otherwise assumed to be as many again as so far.
     */
    private static final int LOOKUP_TO_SCAN = 16;
    /** Keys looked up before the first such review; reviewed again each time the count doubles. */
    private static final int FIRST_REVIEW = 1024;
    /** At most this many statements of a pattern go into a hash table, and this many keys or values into a memo. */
    private static final int MAX_TABLE = 4_000_000;
    private static final int MAX_MEMO = 1_000_000;

    /** A node id that equals another only when both stand for the same term ({@link StoreColumns#sameTerm}). */
    private record Term(NodeId id) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Term t && StoreColumns.sameTerm(id, t.id);
        }

        @Override
        public int hashCode() {
            return 31 * id.hashCode() + id.getTypeValue();
        }
    }

    /** One count of a group: of its rows, or of the distinct values of a variable. */
    private record Count(Var as, Var distinctOf) {
    }

    private final List<Triple> triples;
    private final List<Expr> filter;
    private final List<Var> keys;
    private final List<Count> counts;
    private final OpGroup original;
    private final Op fallback;

    private GroupCountScan(List<Triple> triples, List<Expr> filter, List<Var> keys, List<Count> counts,
                           OpGroup original, Op planned) {
        super("groupCountScan");
        this.triples = triples;
        this.filter = filter;
        this.keys = keys;
        this.counts = counts;
        this.original = original;
        // TDB2 turns a plan into quads over the union graph after the optimiser; this is run from inside this op
        this.fallback = OpLib.unionDefaultGraphQuads(Algebra.toQuadForm(planned));
    }

    /** A count scan for a group of counts over {@code bgp} or {@code filter(bgp)}; null for any other group. */
    static Op plan(OpGroup group, Op planned) {
        List<Triple> triples = new ArrayList<>();
        List<Expr> filter = new ArrayList<>();
        if (!parts(group.getSubOp(), triples, filter) || triples.isEmpty() || !joined(triples)) {
            return null;
        }
        Set<Var> bound = varsOf(triples);
        List<Var> keys = group.getGroupVars().getVars();
        if (!group.getGroupVars().getExprs().isEmpty() || !bound.containsAll(keys)) {
            return null;
        }
        List<Count> counts = new ArrayList<>();
        for (ExprAggregator aggregator : group.getAggregators()) {
            Count count = count(aggregator, bound);
            if (count == null) {
                return null;
            }
            counts.add(count);
        }
        return new GroupCountScan(triples, filter, keys, counts, group, group.copy(planned));
    }

    /**
     * Collects the patterns and filters of a basic pattern, a filter over one, or a join or sequence of these (as
     * ARQ's filter placement leaves them), when each filter reads only variables of its own part and depends only on
     * their values; false for anything else.
     */
    private static boolean parts(Op op, List<Triple> triples, List<Expr> filters) {
        if (op instanceof OpBGP bgp) {
            triples.addAll(bgp.getPattern().getList());
            return true;
        }
        if (op instanceof OpFilter opFilter) {
            List<Triple> inner = new ArrayList<>();
            if (!parts(opFilter.getSubOp(), inner, filters)) {
                return false;
            }
            Set<Var> vars = varsOf(inner);
            for (Expr e : opFilter.getExprs()) {
                if (e.getVarsMentioned().isEmpty() || !vars.containsAll(e.getVarsMentioned()) || !valueFunction(e)) {
                    return false;
                }
                filters.add(e);
            }
            triples.addAll(inner);
            return true;
        }
        List<Op> subs = op instanceof OpSequence sequence ? sequence.getElements()
                : op instanceof OpJoin join ? List.of(join.getLeft(), join.getRight()) : null;
        return subs != null && subs.stream().allMatch(sub -> parts(sub, triples, filters));
    }

    private static Set<Var> varsOf(List<Triple> triples) {
        Set<Var> vars = new HashSet<>();
        for (Triple t : triples) {
            addVar(t.getSubject(), vars);
            addVar(t.getObject(), vars);
        }
        return vars;
    }

    private static Count count(ExprAggregator aggregator, Set<Var> bound) {
        Aggregator agg = aggregator.getAggregator();
        if (agg instanceof AggCount) {
            return new Count(aggregator.getVar(), null);
        }
        boolean distinct = agg instanceof AggCountVarDistinct;
        if ((distinct || agg instanceof AggCountVar) && agg.getExprList().get(0) instanceof ExprVar counted
                && bound.contains(counted.asVar())) {
            // every variable of a basic pattern is bound in every row: COUNT(?v) counts the rows
            return new Count(aggregator.getVar(), distinct ? counted.asVar() : null);
        }
        return null;
    }

    /**
     * Whether every pattern has a constant predicate, a variable, no variable twice, and shares a variable with the
     * others (no cross products).
     */
    private static boolean joined(List<Triple> triples) {
        for (Triple t : triples) {
            if (!t.getPredicate().isURI() || !term(t.getSubject()) || !term(t.getObject())
                    || !Var.isVar(t.getSubject()) && !Var.isVar(t.getObject()) || t.getSubject().equals(t.getObject())) {
                return false;
            }
        }
        Set<Var> reached = new HashSet<>();
        List<Triple> left = new ArrayList<>(triples);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Iterator<Triple> it = left.iterator(); it.hasNext();) {
                Triple t = it.next();
                if (reached.isEmpty() || reached.contains(t.getSubject()) || reached.contains(t.getObject())) {
                    addVar(t.getSubject(), reached);
                    addVar(t.getObject(), reached);
                    it.remove();
                    grew = true;
                }
            }
        }
        return left.isEmpty();
    }

    private static boolean term(Node node) {
        return Var.isVar(node) || node.isURI() || node.isLiteral();
    }

    private static void addVar(Node node, Set<Var> vars) {
        if (Var.isVar(node)) {
            vars.add(Var.alloc(node));
        }
    }

    /** Whether an expression's value depends on its variables' values alone, so that it can be kept per value. */
    private static boolean valueFunction(Expr e) {
        boolean[] pure = {true};
        Walker.walk(e, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunction0 func) {
                pure[0] &= !(func instanceof Unstable);
            }

            @Override
            public void visit(ExprFunctionN func) {
                pure[0] &= !(func instanceof Unstable)
                        && !(func instanceof E_Function f && !f.getFunctionIRI().startsWith(XSD.NS));
            }

            @Override
            public void visit(ExprFunctionOp op) {
                pure[0] = false;
            }
        });
        return pure[0];
    }

    @Override
    public Op effectiveOp() {
        return original;
    }

    @Override
    QueryIterator solve(Binding parent, ExecutionContext cxt) {
        DatasetGraph dsg = cxt.getDataset();
        if (!parent.isEmpty() || TDBInternal.getDatasetGraphTDB(dsg) == null) {
            return QC.execute(fallback, QueryIterSingleton.create(parent, cxt), cxt);
        }
        return QueryIterPlainWrapper.create(new Counting(dsg, cxt).rows().iterator(), cxt);
    }

    /** One pattern of the join, in the order it is read. */
    private static final class Step {
        final NodeId s;
        final NodeId p;
        final NodeId o;
        /** The row places of the subject's and object's variables, -1 for constants. */
        final int sAt;
        final int oAt;
        /** Whether those variables are bound by an earlier step (then they are this step's key). */
        final boolean sBound;
        final boolean oBound;
        final List<Check> checks = new ArrayList<>();
        /** The statements per key met so far, or, once {@code whole}, all of them. */
        Map<Object, List<Term[]>> matches = new HashMap<>();
        boolean whole;
        long lookups;
        long review = FIRST_REVIEW;

        Step(NodeId s, NodeId p, NodeId o, int sAt, int oAt, boolean sBound, boolean oBound) {
            this.s = s;
            this.p = p;
            this.o = o;
            this.sAt = sAt;
            this.oAt = oAt;
            this.sBound = sBound;
            this.oBound = oBound;
        }

        Object key(Term[] row) {
            if (sBound && oBound) {
                return List.of(row[sAt], row[oAt]);
            }
            return sBound ? row[sAt] : oBound ? row[oAt] : Boolean.TRUE;
        }
    }

    /** A filter condition, kept per value of the variables it reads. */
    private static final class Check {
        final Expr expr;
        final Var[] vars;
        final int[] at;
        final Map<Object, Boolean> passed = new HashMap<>();

        Check(Expr expr, Var[] vars, int[] at) {
            this.expr = expr;
            this.vars = vars;
            this.at = at;
        }
    }

    /** The rows of a group: how many, and the distinct values of each variable counted distinct. */
    private static final class Group {
        final Term[] key;
        long rows;
        final List<Set<Term>> distinct = new ArrayList<>();

        Group(Term[] key, int distinctCounts) {
            this.key = key;
            for (int i = 0; i < distinctCounts; i++) {
                distinct.add(new HashSet<>());
            }
        }
    }

    /** One evaluation. */
    private final class Counting {
        final NodeTupleTable quads;
        final NodeTable nodes;
        final ExecutionContext cxt;
        final AtomicBoolean cancel;
        /** Each variable's place in a row, and the step that binds it. */
        final Map<Var, Integer> places = new HashMap<>();
        final List<Integer> boundBy = new ArrayList<>();
        final Map<Object, Group> groups = new HashMap<>();
        final Step[] steps;
        final int[] keyAt;
        final int[] distinctAt;
        /** The first pattern's statements (up to {@link #SIZE_CAP}) and how many of them have been read. */
        long firstSize;
        long firstRead;
        long visited;
        long rows;

        Counting(DatasetGraph dsg, ExecutionContext cxt) {
            this.quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
            this.nodes = quads.getNodeTable();
            this.cxt = cxt;
            this.cancel = cxt.getCancelSignal();
            this.steps = order();
            this.keyAt = keys.stream().mapToInt(v -> places.getOrDefault(v, -1)).toArray();
            this.distinctAt = counts.stream().filter(c -> c.distinctOf() != null)
                    .mapToInt(c -> places.getOrDefault(c.distinctOf(), -1)).toArray();
        }

        List<Binding> rows() {
            if (steps != null) {
                extend(0, new Term[places.size()]);
            }
            AtomicLong counted = cxt.getContext().get(COUNTED);
            if (counted != null) {
                counted.addAndGet(rows);
            }
            if (groups.isEmpty() && keys.isEmpty()) {
                // an aggregate without GROUP BY gives one row even when nothing matches
                groups.put(List.of(), new Group(new Term[0], distinctAt.length));
            }
            List<Binding> out = new ArrayList<>();
            for (Group g : groups.values()) {
                BindingBuilder b = Binding.builder();
                for (int i = 0; i < keys.size(); i++) {
                    b.add(keys.get(i), nodes.getNodeForNodeId(g.key[i].id()));
                }
                int d = 0;
                for (Count c : counts) {
                    long n = c.distinctOf() == null ? g.rows : g.distinct.get(d++).size();
                    b.add(c.as(), NodeValue.makeInteger(n).asNode());
                }
                out.add(b.build());
            }
            return out;
        }

        /**
         * The patterns in the order they are read, each filter check placed at the step that binds the last variable
         * it reads; null when a constant of the pattern is not in the store (then nothing matches).
         */
        private Step[] order() {
            List<Triple> left = new ArrayList<>(triples);
            Map<Triple, Long> sizes = new HashMap<>();
            for (Triple t : left) {
                NodeId[] ids = {constant(t.getSubject()), constant(t.getPredicate()), constant(t.getObject())};
                if (Arrays.stream(ids).anyMatch(NodeId::isDoesNotExist)) {
                    return null;
                }
                sizes.put(t, count(ids[0], ids[1], ids[2], SIZE_CAP));
            }
            List<Step> order = new ArrayList<>();
            while (!left.isEmpty()) {
                Triple next = null;
                for (Triple t : left) {
                    boolean joins = order.isEmpty() || places.containsKey(asVar(t.getSubject()))
                            || places.containsKey(asVar(t.getObject()));
                    // a pattern whose terms are all known only checks rows: first; otherwise the smallest
                    if (joins && (next == null || known(t) && !known(next)
                            || known(t) == known(next) && sizes.get(t) < sizes.get(next))) {
                        next = t;
                    }
                }
                left.remove(next);
                if (order.isEmpty()) {
                    firstSize = sizes.get(next);
                }
                order.add(step(next, order.size()));
            }
            for (Expr e : filter) {
                Var[] vars = e.getVarsMentioned().toArray(Var[]::new);
                int[] at = Arrays.stream(vars).mapToInt(places::get).toArray();
                int after = Arrays.stream(at).map(boundBy::get).max().orElse(0);
                order.get(after).checks.add(new Check(e, vars, at));
            }
            return order.toArray(Step[]::new);
        }

        private boolean known(Triple t) {
            return (!Var.isVar(t.getSubject()) || places.containsKey(asVar(t.getSubject())))
                    && (!Var.isVar(t.getObject()) || places.containsKey(asVar(t.getObject())));
        }

        private Step step(Triple t, int index) {
            boolean sBound = places.containsKey(asVar(t.getSubject()));
            boolean oBound = places.containsKey(asVar(t.getObject()));
            return new Step(constant(t.getSubject()), constant(t.getPredicate()), constant(t.getObject()),
                    place(t.getSubject(), index), place(t.getObject(), index), sBound, oBound);
        }

        private int place(Node node, int step) {
            if (!Var.isVar(node)) {
                return -1;
            }
            return places.computeIfAbsent(asVar(node), v -> {
                boundBy.add(step);
                return places.size();
            });
        }

        private Var asVar(Node node) {
            return Var.isVar(node) ? Var.alloc(node) : null;
        }

        private NodeId constant(Node node) {
            return Var.isVar(node) ? NodeId.NodeIdAny : nodes.getNodeIdForNode(node);
        }

        /** Binds the rows of steps {@code i} onwards to {@code row} (which holds the places of the earlier steps). */
        private void extend(int i, Term[] row) {
            if (i == steps.length) {
                tally(row);
                return;
            }
            Step step = steps[i];
            if (i == 0) {
                // the first pattern is read as it comes: it may be large, and no key repeats
                read(step.s, step.p, step.o, statement -> {
                    firstRead++;
                    bind(0, statement, row);
                });
                return;
            }
            for (Term[] statement : matches(step, row)) {
                bind(i, statement, row);
            }
        }

        private void bind(int i, Term[] statement, Term[] row) {
            if (++visited % CANCEL_CHECK == 0 && cancel != null && cancel.get()) {
                throw new QueryCancelledException();
            }
            Step step = steps[i];
            if (step.sAt >= 0) {
                row[step.sAt] = statement[0];
            }
            if (step.oAt >= 0) {
                row[step.oAt] = statement[1];
            }
            if (passes(step.checks, row)) {
                extend(i + 1, row);
            }
        }

        private void tally(Term[] row) {
            rows++;
            Term[] key = new Term[keyAt.length];
            for (int i = 0; i < key.length; i++) {
                key[i] = row[keyAt[i]];
            }
            Group g = groups.computeIfAbsent(key.length == 1 ? key[0] : Arrays.asList(key),
                    k -> new Group(key, distinctAt.length));
            g.rows++;
            for (int d = 0; d < distinctAt.length; d++) {
                g.distinct.get(d).add(row[distinctAt[d]]);
            }
        }

        private boolean passes(List<Check> checks, Term[] row) {
            for (Check c : checks) {
                Object key = c.at.length == 1 ? row[c.at[0]] : Arrays.stream(c.at).mapToObj(a -> row[a]).toList();
                Boolean passed = c.passed.get(key);
                if (passed == null) {
                    BindingBuilder b = Binding.builder();
                    for (int v = 0; v < c.vars.length; v++) {
                        b.add(c.vars[v], nodes.getNodeForNodeId(row[c.at[v]].id()));
                    }
                    passed = c.expr.isSatisfied(b.build(), cxt);
                    if (c.passed.size() < MAX_MEMO) {
                        c.passed.put(key, passed);
                    }
                }
                if (!passed) {
                    return false;
                }
            }
            return true;
        }

        /** The (subject, object) of the statements of {@code step} for the key {@code row} gives it. */
        private List<Term[]> matches(Step step, Term[] row) {
            Object key = step.key(row);
            List<Term[]> found = step.matches.get(key);
            if (found != null || step.whole) {
                return found == null ? List.of() : found;
            }
            List<Term[]> read = new ArrayList<>(2);
            read(step.sBound ? row[step.sAt].id() : step.s, step.p, step.oBound ? row[step.oAt].id() : step.o, read::add);
            found = read.isEmpty() ? List.of() : read;
            if (step.matches.size() < MAX_MEMO) {
                step.matches.put(key, found);
            }
            if (++step.lookups == step.review) {
                review(step);
            }
            return found;
        }

        /** Reads the whole pattern into a hash table when that costs less than the lookups it would save. */
        private void review(Step step) {
            long toCome = firstSize < SIZE_CAP && firstRead > 0 ? step.lookups * firstSize / firstRead - step.lookups
                    : step.lookups;
            long cap = Math.min(MAX_TABLE, Math.max(step.lookups, toCome) * LOOKUP_TO_SCAN);
            if (count(step.s, step.p, step.o, cap) >= cap) {
                step.review = cap == MAX_TABLE ? Long.MAX_VALUE : step.review * 2;
                return;
            }
            Map<Object, List<Term[]>> all = new HashMap<>();
            Term[] row = new Term[places.size()];
            read(step.s, step.p, step.o, statement -> {
                if (step.sAt >= 0) {
                    row[step.sAt] = statement[0];
                }
                if (step.oAt >= 0) {
                    row[step.oAt] = statement[1];
                }
                all.computeIfAbsent(step.key(row), k -> new ArrayList<>(2)).add(statement);
            });
            step.matches = all;
            step.whole = true;
        }

        /**
         * The distinct (subject, object) pairs of the statements matching {@code s p o} in any graph. Every quad index
         * TDB2 reads with the graph open ends with the graph, so a statement's copies in several graphs come one after
         * another.
         */
        private void read(NodeId s, NodeId p, NodeId o, Consumer<Term[]> to) {
            Iterator<Tuple<NodeId>> it = quads.find(NodeId.NodeIdAny, s, p, o);
            Term[] last = null;
            try {
                while (it.hasNext()) {
                    Tuple<NodeId> quad = it.next();
                    Term[] statement = {new Term(quad.get(StoreColumns.S)), new Term(quad.get(StoreColumns.O))};
                    if (last == null || !last[0].equals(statement[0]) || !last[1].equals(statement[1])) {
                        last = statement;
                        to.accept(statement);
                    }
                }
            } finally {
                Iter.close(it);
            }
        }

        /** The statements matching {@code s p o} in any graph, counted up to {@code cap} (copies included). */
        private long count(NodeId s, NodeId p, NodeId o, long cap) {
            Iterator<Tuple<NodeId>> it = quads.find(NodeId.NodeIdAny, s, p, o);
            long n = 0;
            try {
                while (n < cap && it.hasNext()) {
                    it.next();
                    n++;
                }
            } finally {
                Iter.close(it);
            }
            return n;
        }
    }

    @Override
    public void outputArgs(IndentedWriter out, SerializationContext sCxt) {
        out.print(original.toString(sCxt.getPrefixMapping()).replace('\n', ' '));
    }

    @Override
    public int hashCode() {
        return Objects.hash(original, "groupCountScan");
    }

    @Override
    public boolean equalTo(Op other, NodeIsomorphismMap labels) {
        return other instanceof GroupCountScan scan && scan.original.equals(original);
    }
}
