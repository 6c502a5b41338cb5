package org.internkg.sparql;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.LongArrayList;
import com.carrotsearch.hppc.LongHashSet;
import com.carrotsearch.hppc.LongIntHashMap;

import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.Op;
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
import org.apache.jena.tdb2.store.NodeIdFactory;
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
 * gives that form back), so distinct ids, compared with their type, are distinct terms, as ARQ counts them. Counts of rows, of a variable and of
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
        this.fallback = unionQuads(planned);
    }

    /**
     * A count scan for a group of counts over a basic pattern with filters ({@link #parts}); null for any other group.
     * {@code planned} is its sub-plan as the planner would run it otherwise.
     */
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
            return run(fallback, parent, cxt);
        }
        return QueryIterPlainWrapper.create(new Counting(dsg, cxt).rows().iterator(), cxt);
    }

    /**
     * Numbers the distinct tuples of ids at some places of a row 0, 1, 2, ... in the order they are first met (a
     * pattern's keys, a filter's values, the groups).
     */
    private static final class Numbering {
        final int[] at;
        private final LongIntHashMap single = new LongIntHashMap();
        private final Map<Ids, Integer> many = new HashMap<>();
        /** The last tuple of two or more ids found and its number: rows come in runs of one group. */
        private long[] lastIds;
        private int lastNumber;
        int size;

        Numbering(int[] at) {
            this.at = at;
        }

        /** The number of the tuple in {@code row}, or -1 when it has none yet. */
        int find(long[] row) {
            return switch (at.length) {
                case 0 -> size > 0 ? 0 : -1;
                case 1 -> single.getOrDefault(row[at[0]], -1);
                default -> findMany(row);
            };
        }

        private int findMany(long[] row) {
            if (lastIds != null && sameIds(row)) {
                return lastNumber;
            }
            Ids ids = tuple(row);
            Integer n = many.get(ids);
            if (n == null) {
                return -1;
            }
            lastIds = ids.ids();
            lastNumber = n;
            return n;
        }

        private boolean sameIds(long[] row) {
            for (int i = 0; i < at.length; i++) {
                if (row[at[i]] != lastIds[i]) {
                    return false;
                }
            }
            return true;
        }

        /** The number of the tuple in {@code row}, a new one when it had none. */
        int add(long[] row) {
            if (at.length == 1) {
                int index = single.indexOf(row[at[0]]);
                if (single.indexExists(index)) {
                    return single.indexGet(index);
                }
                single.indexInsert(index, row[at[0]], size);
                return size++;
            }
            if (at.length == 0) {
                return size > 0 ? 0 : size++;
            }
            if (lastIds != null && sameIds(row)) {
                return lastNumber;
            }
            Integer n = many.putIfAbsent(tuple(row), size);
            return n != null ? n : size++;
        }

        long[] ids(long[] row) {
            long[] ids = new long[at.length];
            for (int i = 0; i < at.length; i++) {
                ids[i] = row[at[i]];
            }
            return ids;
        }

        private Ids tuple(long[] row) {
            return new Ids(ids(row));
        }
    }

    /** A tuple of ids as a hash key. */
    private record Ids(long[] ids) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Ids o && Arrays.equals(ids, o.ids);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ids);
        }
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
        /** The statements of the keys met so far, or, once {@code whole}, of all. */
        Table table;
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
            this.table = new Table(keyPlaces());
        }

        int[] keyPlaces() {
            return sBound && oBound ? new int[] {sAt, oAt} : sBound ? new int[] {sAt} : oBound ? new int[] {oAt} : new int[0];
        }
    }

    /**
     * A pattern's statements filed by key, in flat arrays (no object per key or statement): statement i is
     * ({@code pairs[2i]}, {@code pairs[2i + 1]}), and each key's statements are a chain through {@code next}.
     */
    private static final class Table {
        final Numbering keys;
        /** Per key number, its last statement filed, -1 for none. */
        final IntArrayList last = new IntArrayList();
        final LongArrayList pairs = new LongArrayList();
        /** Per statement, the one filed before it under the same key, -1 for none. */
        final IntArrayList next = new IntArrayList();

        Table(int[] at) {
            this.keys = new Numbering(at);
        }

        /** The number of the key in {@code row}, filed with no statements when new. */
        int key(long[] row) {
            int k = keys.add(row);
            if (k == last.size()) {
                last.add(-1);
            }
            return k;
        }

        void add(int key, long s, long o) {
            pairs.add(s, o);
            next.add(last.get(key));
            last.set(key, next.size() - 1);
        }
    }

    /** A filter condition, kept per value of the variables it reads. */
    private static final class Check {
        final Expr expr;
        final Var[] vars;
        final Numbering values;
        final BitSet passed = new BitSet();

        Check(Expr expr, Var[] vars, int[] at) {
            this.expr = expr;
            this.vars = vars;
            this.values = new Numbering(at);
        }
    }

    /** Receives the statements of a read as the codes of their subject and object. */
    private interface Statements {
        void accept(long s, long o);
    }

    /** One evaluation. Node ids are handled as longs: their 8 bytes as TDB2 keeps them in its indexes. */
    private final class Counting {
        final NodeTupleTable quads;
        final NodeTable nodes;
        final ExecutionContext cxt;
        final AtomicBoolean cancel;
        final ByteBuffer codec = ByteBuffer.allocate(NodeId.SIZE);
        /** Each variable's place in a row, and the step that binds it. */
        final Map<Var, Integer> places = new HashMap<>();
        final List<Integer> boundBy = new ArrayList<>();
        final Step[] steps;
        /** The groups: their keys, rows and, for each distinct count, values. */
        final Numbering groups;
        final List<long[]> groupKeys = new ArrayList<>();
        final LongArrayList groupRows = new LongArrayList();
        final List<List<LongHashSet>> groupValues = new ArrayList<>();
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
            this.groups = new Numbering(keys.stream().mapToInt(v -> places.getOrDefault(v, -1)).toArray());
            this.distinctAt = counts.stream().filter(c -> c.distinctOf() != null)
                    .mapToInt(c -> places.getOrDefault(c.distinctOf(), -1)).toArray();
        }

        List<Binding> rows() {
            long[] row = new long[places.size()];
            if (steps != null) {
                extend(0, row);
            }
            AtomicLong counted = cxt.getContext().get(COUNTED);
            if (counted != null) {
                counted.addAndGet(rows);
            }
            if (groups.size == 0 && keys.isEmpty()) {
                // an aggregate without GROUP BY gives one row even when nothing matches
                group(row);
            }
            List<Binding> out = new ArrayList<>();
            for (int g = 0; g < groups.size; g++) {
                BindingBuilder b = Binding.builder();
                for (int i = 0; i < keys.size(); i++) {
                    b.add(keys.get(i), node(groupKeys.get(g)[i]));
                }
                int d = 0;
                for (Count c : counts) {
                    long n = c.distinctOf() == null ? groupRows.get(g) : groupValues.get(g).get(d++).size();
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
                    if (joins && (next == null || before(t, next, sizes))) {
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

        /**
         * Whether pattern {@code t} is to be read before {@code other}: one whose terms are all known only checks rows,
         * so it comes first; then the smaller, and of two known only to be large, one after which a filter can be
         * checked (it removes rows sooner).
         */
        private boolean before(Triple t, Triple other, Map<Triple, Long> sizes) {
            if (known(t) != known(other)) {
                return known(t);
            }
            long size = sizes.get(t);
            long otherSize = sizes.get(other);
            if (size != otherSize || size < SIZE_CAP) {
                return size < otherSize;
            }
            return checkable(t) && !checkable(other);
        }

        /** Whether some filter reads a variable of {@code t} and, once {@code t} is read, only bound ones. */
        private boolean checkable(Triple t) {
            Set<Var> bound = new HashSet<>(places.keySet());
            addVar(t.getSubject(), bound);
            addVar(t.getObject(), bound);
            return filter.stream().anyMatch(e -> bound.containsAll(e.getVarsMentioned())
                    && (e.getVarsMentioned().contains(asVar(t.getSubject())) || e.getVarsMentioned().contains(asVar(t.getObject()))));
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

        private long code(NodeId id) {
            NodeIdFactory.set(id, codec, 0);
            return codec.getLong(0);
        }

        private NodeId id(long code) {
            codec.putLong(0, code);
            return NodeIdFactory.get(codec, 0);
        }

        private Node node(long code) {
            return nodes.getNodeForNodeId(id(code));
        }

        /** Binds the rows of steps {@code i} onwards to {@code row} (which holds the places of the earlier steps). */
        private void extend(int i, long[] row) {
            if (i == steps.length) {
                tally(row);
                return;
            }
            Step step = steps[i];
            if (i == 0) {
                // the first pattern is read as it comes: it may be large, and no key repeats
                read(step.s, step.p, step.o, Long.MAX_VALUE, (s, o) -> {
                    firstRead++;
                    bind(0, s, o, row);
                });
                return;
            }
            int k = matches(step, row);
            Table table = step.table;
            for (; k >= 0; k = table.next.get(k)) {
                bind(i, table.pairs.get(2 * k), table.pairs.get(2 * k + 1), row);
            }
        }

        private void bind(int i, long s, long o, long[] row) {
            if (++visited % CANCEL_CHECK == 0 && cancel != null && cancel.get()) {
                throw new QueryCancelledException();
            }
            Step step = steps[i];
            if (step.sAt >= 0) {
                row[step.sAt] = s;
            }
            if (step.oAt >= 0) {
                row[step.oAt] = o;
            }
            if (passes(step.checks, row)) {
                extend(i + 1, row);
            }
        }

        private void tally(long[] row) {
            rows++;
            int g = group(row);
            groupRows.buffer[g]++;
            List<LongHashSet> values = groupValues.get(g);
            for (int d = 0; d < distinctAt.length; d++) {
                values.get(d).add(row[distinctAt[d]]);
            }
        }

        /** The number of the row's group, a new group when none has its key yet. */
        private int group(long[] row) {
            int g = groups.add(row);
            if (g == groupKeys.size()) {
                groupKeys.add(groups.ids(row));
                groupRows.add(0);
                List<LongHashSet> values = new ArrayList<>(distinctAt.length);
                for (int d = 0; d < distinctAt.length; d++) {
                    values.add(new LongHashSet());
                }
                groupValues.add(values);
            }
            return g;
        }

        private boolean passes(List<Check> checks, long[] row) {
            for (Check c : checks) {
                int n = c.values.find(row);
                boolean passed;
                if (n >= 0) {
                    passed = c.passed.get(n);
                } else {
                    BindingBuilder b = Binding.builder();
                    for (int v = 0; v < c.vars.length; v++) {
                        b.add(c.vars[v], node(row[c.values.at[v]]));
                    }
                    passed = c.expr.isSatisfied(b.build(), cxt);
                    if (c.values.size < MAX_MEMO) {
                        c.passed.set(c.values.add(row), passed);
                    }
                }
                if (!passed) {
                    return false;
                }
            }
            return true;
        }

        /** The last statement of {@code step} filed under the key {@code row} gives it (in its table), -1 for none. */
        private int matches(Step step, long[] row) {
            int n = step.table.keys.find(row);
            if (n >= 0 || step.whole) {
                return n >= 0 ? step.table.last.get(n) : -1;
            }
            if (step.table.keys.size >= MAX_MEMO) {
                step.table = new Table(step.table.keys.at);
            }
            Table table = step.table;
            int key = table.key(row);
            read(step.sBound ? id(row[step.sAt]) : step.s, step.p, step.oBound ? id(row[step.oAt]) : step.o, Long.MAX_VALUE,
                    (s, o) -> table.add(key, s, o));
            if (++step.lookups == step.review && review(step)) {
                // a key without statements has no entry in the whole table
                int filed = step.table.keys.find(row);
                return filed >= 0 ? step.table.last.get(filed) : -1;
            }
            return table.last.get(key);
        }

        /**
         * Reads the whole pattern into a hash table when that costs less than the lookups it would save: when it has
         * fewer statements than the cap (the read stops at the cap otherwise, and the lookups go on). Whether it did.
         */
        private boolean review(Step step) {
            long toCome = firstSize < SIZE_CAP && firstRead > 0 ? step.lookups * firstSize / firstRead - step.lookups
                    : step.lookups;
            long cap = Math.min(MAX_TABLE, Math.max(step.lookups, toCome) * LOOKUP_TO_SCAN);
            Table all = new Table(step.table.keys.at);
            long[] row = new long[places.size()];
            boolean whole = read(step.s, step.p, step.o, cap, (s, o) -> {
                if (step.sAt >= 0) {
                    row[step.sAt] = s;
                }
                if (step.oAt >= 0) {
                    row[step.oAt] = o;
                }
                all.add(all.key(row), s, o);
            });
            if (whole) {
                step.table = all;
                step.whole = true;
            } else {
                step.review = cap == MAX_TABLE ? Long.MAX_VALUE : step.review * 2;
            }
            return whole;
        }

        /**
         * Gives the distinct (subject, object) pairs of the statements matching {@code s p o} in any graph; false when
         * there are more than {@code limit} (then only some were given). Every quad index TDB2 reads with the graph
         * open ends with the graph, so a statement's copies in several graphs come one after another.
         */
        private boolean read(NodeId s, NodeId p, NodeId o, long limit, Statements to) {
            Iterator<Tuple<NodeId>> it = quads.find(NodeId.NodeIdAny, s, p, o);
            boolean first = true;
            long lastS = 0;
            long lastO = 0;
            long given = 0;
            try {
                while (it.hasNext()) {
                    Tuple<NodeId> quad = it.next();
                    long qs = code(quad.get(StoreColumns.S));
                    long qo = code(quad.get(StoreColumns.O));
                    if (first || qs != lastS || qo != lastO) {
                        if (given++ == limit) {
                            return false;
                        }
                        first = false;
                        lastS = qs;
                        lastO = qo;
                        to.accept(qs, qo);
                    }
                }
            } finally {
                Iter.close(it);
            }
            return true;
        }

        /** The statements matching {@code s p o} in any graph, counted up to {@code cap} (copies included), to order the join. */
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
