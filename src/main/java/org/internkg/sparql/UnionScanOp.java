package org.internkg.sparql;

import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpLib;
import org.apache.jena.sparql.algebra.OpVisitor;
import org.apache.jena.sparql.algebra.Transform;
import org.apache.jena.sparql.algebra.op.OpExt;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterRepeatApply;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.engine.main.QC;

/**
 * A step of a plan that reads the union of the store's graphs itself (from kept columns or the store's indexes).
 * TDB2 turns a plan into quads over the union graph after the optimiser; such a step is already in that form, so
 * transforms pass it by.
 */
abstract class UnionScanOp extends OpExt {

    UnionScanOp(String name) {
        super(name);
    }

    /**
     * A plan in quads over the union graph, as TDB2 would run it: TDB2 turns plans into that form after the
     * optimiser, and a scan runs the plans it falls back on from inside itself.
     */
    static Op unionQuads(Op op) {
        return OpLib.unionDefaultGraphQuads(Algebra.toQuadForm(op));
    }

    /** The solutions of a plan made by {@link #unionQuads} for one solution coming in. */
    static QueryIterator run(Op unionPlan, Binding parent, ExecutionContext cxt) {
        return QC.execute(unionPlan, QueryIterSingleton.create(parent, cxt), cxt);
    }

    /** The solutions for one solution coming in (each is read for every one). */
    abstract QueryIterator solve(Binding parent, ExecutionContext cxt);

    @Override
    public final QueryIterator eval(QueryIterator input, ExecutionContext cxt) {
        return new QueryIterRepeatApply(input, cxt) {
            @Override
            protected QueryIterator nextStage(Binding parent) {
                return solve(parent, cxt);
            }
        };
    }

    @Override
    public final Op apply(Transform transform, OpVisitor before, OpVisitor after) {
        return this;
    }

    @Override
    public final Op apply(Transform transform) {
        return this;
    }
}
