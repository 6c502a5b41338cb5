package org.internkg.sparql;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIteratorBase;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.sparql.util.NodeIsomorphismMap;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.tdb2.store.nodetable.NodeTable;

/**
 * {@code FILTER(...) { ?s <label property> ?label }} over the union of the store's graphs, answered from the
 * property's {@link LabelColumn}: the filter is evaluated by ARQ on the same nodes in the same order as a scan of
 * the store would give, so the answer is the same, without the store decoding every label. When the column is not
 * held (too many labels), or a solution coming in already binds the subject or the label, the statements are read
 * from the store as before.
 */
final class LabelScan extends UnionScanOp {

    /** The query context entry holding the store's label columns. */
    static final Symbol COLUMNS = Symbol.create("https://w3id.org/internkg/def/labelColumns");

    /** Labels read between two looks at whether the query was cancelled (a scan may pass a million labels). */
    private static final int CANCEL_CHECK = 1024;

    private final Triple pattern;
    private final ExprList filter;

    /** {@code pattern} is {@code ?s <property> ?label} with two distinct variables. */
    LabelScan(Triple pattern, ExprList filter) {
        super("labelScan");
        this.pattern = pattern;
        this.filter = filter;
    }

    @Override
    public Op effectiveOp() {
        return OpFilter.filterDirect(filter, new OpBGP(BasicPattern.wrap(List.of(pattern))));
    }

    @Override
    QueryIterator solve(Binding parent, ExecutionContext cxt) {
        return scan(parent, cxt.getContext().get(COLUMNS), cxt);
    }

    private QueryIterator scan(Binding parent, StoreColumns<LabelColumn> columns, ExecutionContext cxt) {
        Var subject = (Var) pattern.getSubject();
        Var label = (Var) pattern.getObject();
        DatasetGraph dsg = cxt.getDataset();
        boolean bound = parent.contains(subject) || parent.contains(label);
        LabelColumn column = bound || columns == null ? null : columns.column(pattern.getPredicate(), dsg);
        if (column == null) {
            return storeScan(parent, subject, label, cxt);
        }
        NodeTable nodes = StoreColumns.nodeTable(dsg);
        boolean filterNeedsSubject = filter.getVarsMentioned().contains(subject);
        return new Scan(filter, cxt) {
            private int i = -1;

            @Override
            Binding candidate() {
                if (++i >= column.size()) {
                    return null;
                }
                Binding b = BindingFactory.binding(parent, label, column.label(i));
                return filterNeedsSubject ? BindingFactory.binding(b, subject, column.subject(i, nodes)) : b;
            }

            @Override
            Binding complete(Binding passed) {
                return filterNeedsSubject ? passed : BindingFactory.binding(passed, subject, column.subject(i, nodes));
            }
        };
    }

    /** The statements as the store gives them, for the variables the solution coming in leaves open. */
    private QueryIterator storeScan(Binding parent, Var subject, Var label, ExecutionContext cxt) {
        Node s = parent.contains(subject) ? parent.get(subject) : Node.ANY;
        Node l = parent.contains(label) ? parent.get(label) : Node.ANY;
        Iterator<Quad> quads = cxt.getDataset().find(Quad.unionGraph, s, pattern.getPredicate(), l);
        return new Scan(filter, cxt) {
            @Override
            Binding candidate() {
                if (!quads.hasNext()) {
                    return null;
                }
                Quad q = quads.next();
                Binding b = s == Node.ANY ? BindingFactory.binding(parent, subject, q.getSubject()) : parent;
                return l == Node.ANY ? BindingFactory.binding(b, label, q.getObject()) : b;
            }

            @Override
            Binding complete(Binding passed) {
                return passed;
            }

            @Override
            protected void closeIterator() {
                Iter.close(quads);
            }
        };
    }

    /** The candidates that pass the filter, checking for cancellation as it reads. */
    private abstract static class Scan extends QueryIteratorBase {
        private final ExprList filter;
        private final ExecutionContext cxt;
        private final AtomicBoolean cancelSignal;
        private volatile boolean cancelled;
        private Binding next;
        private long read;

        Scan(ExprList filter, ExecutionContext cxt) {
            this.filter = filter;
            this.cxt = cxt;
            this.cancelSignal = cxt.getCancelSignal();
        }

        /** The next statement's binding, or null after the last. */
        abstract Binding candidate();

        /** The binding of a candidate that passed, with what the filter did not need. */
        abstract Binding complete(Binding passed);

        @Override
        protected boolean hasNextBinding() {
            while (next == null) {
                if (++read % CANCEL_CHECK == 0 && (cancelled || (cancelSignal != null && cancelSignal.get()))) {
                    throw new QueryCancelledException();
                }
                Binding candidate = candidate();
                if (candidate == null) {
                    return false;
                }
                if (filter.isSatisfied(candidate, cxt)) {
                    next = complete(candidate);
                }
            }
            return true;
        }

        @Override
        protected Binding moveToNextBinding() {
            Binding b = next;
            next = null;
            return b;
        }

        @Override
        protected void closeIterator() {
        }

        @Override
        protected void requestCancel() {
            cancelled = true;
        }

        @Override
        public void output(IndentedWriter out, SerializationContext sCxt) {
            out.print(getClass().getSimpleName());
        }
    }

    @Override
    public void outputArgs(IndentedWriter out, SerializationContext sCxt) {
        out.print(FmtUtils.stringForTriple(pattern, sCxt.getPrefixMapping()));
        out.print(" ");
        out.print(filter.toString());
    }

    @Override
    public int hashCode() {
        return Objects.hash(pattern, filter);
    }

    @Override
    public boolean equalTo(Op other, NodeIsomorphismMap labels) {
        return other instanceof LabelScan scan && scan.pattern.equals(pattern) && scan.filter.equals(filter);
    }
}
