package org.internkg.sparql;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitor;
import org.apache.jena.sparql.algebra.Transform;
import org.apache.jena.sparql.algebra.op.OpExt;

/**
 * A step of a plan that reads the union of the store's graphs itself (from kept columns or the store's indexes).
 * TDB2 turns a plan into quads over the union graph after the optimiser; such a step is already in that form, so
 * transforms pass it by.
 */
abstract class UnionScanOp extends OpExt {

    UnionScanOp(String name) {
        super(name);
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
