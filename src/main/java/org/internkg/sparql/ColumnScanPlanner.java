package org.internkg.sparql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.Op2;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpN;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.vocabulary.RDF;

/**
 * ARQ's standard optimisation, then the parts that the store's kept columns answer faster. Each top-k whose first
 * sort key is the value of a property ({@code ORDER BY DESC(?score) LIMIT 10}) becomes a {@link RankedScan}. Each
 * filter over the statements of one label property, outside any GRAPH, becomes a {@link LabelScan}:
 * {@code ?s rdfs:label ?l FILTER(f(?l))}, and also {@code ?s a C ; rdfs:label ?l FILTER(f(?l))},
 * where the labels that pass are then checked for the classes (one index lookup each) instead of every member of
 * the class having its label read. Patterns that bind the subject some other way are left to ARQ: there the labels
 * of a few subjects are read, not all of them. Each group of counts over a basic pattern becomes a
 * {@link GroupCountScan}, worked out on node ids.
 */
final class ColumnScanPlanner {

    /** For the query context ({@code ARQConstants.sysOptimizerFactory}) of a query over the union of the store's graphs. */
    static final RewriteFactory FACTORY = context -> op -> plan(Optimize.stdOptimizationFactory.create(context).rewrite(op));

    private ColumnScanPlanner() {
    }

    static Op plan(Op op) {
        if (op instanceof OpGraph || op instanceof OpService) {
            return op;
        }
        if (op instanceof OpTopN top) {
            return planWithScan(top, sub -> RankedScan.plan(top, sub));
        }
        if (op instanceof OpGroup group) {
            return planWithScan(group, sub -> GroupCountScan.plan(group, sub));
        }
        if (op instanceof OpFilter filter && filter.getSubOp() instanceof OpBGP bgp) {
            Op scan = scan(filter.getExprs(), bgp.getPattern().getList());
            if (scan != null) {
                return scan;
            }
        }
        if (op instanceof Op1 op1) {
            Op sub = plan(op1.getSubOp());
            return sub == op1.getSubOp() ? op : op1.copy(sub);
        }
        if (op instanceof Op2 op2) {
            Op left = plan(op2.getLeft());
            Op right = plan(op2.getRight());
            return left == op2.getLeft() && right == op2.getRight() ? op : op2.copy(left, right);
        }
        if (op instanceof OpN opN) {
            List<Op> subs = opN.getElements().stream().map(ColumnScanPlanner::plan).toList();
            boolean same = true;
            for (int i = 0; i < subs.size(); i++) {
                same &= subs.get(i) == opN.get(i);
            }
            return same ? op : opN.copy(subs);
        }
        return op;
    }

    /** The scan {@code scan} makes of {@code op} over its planned sub-plan, or {@code op} over that sub-plan. */
    private static Op planWithScan(Op1 op, Function<Op, Op> scan) {
        Op sub = plan(op.getSubOp());
        Op scanned = scan.apply(sub);
        if (scanned != null) {
            return scanned;
        }
        return sub == op.getSubOp() ? op : op.copy(sub);
    }

    private static Op scan(ExprList filter, List<Triple> triples) {
        Triple label = null;
        List<Triple> classes = new ArrayList<>();
        for (Triple t : triples) {
            if (label == null && isLabelPattern(t)) {
                label = t;
            } else {
                classes.add(t);
            }
        }
        if (label == null || !filter.getVarsMentioned().contains((Var) label.getObject())) {
            return null;
        }
        for (Triple t : classes) {
            if (!t.getSubject().equals(label.getSubject()) || !t.getPredicate().equals(RDF.type.asNode()) || !t.getObject().isURI()) {
                return null;
            }
        }
        Op scan = new LabelScan(label, filter);
        return classes.isEmpty() ? scan : OpSequence.create(scan, new OpBGP(BasicPattern.wrap(classes)));
    }

    private static boolean isLabelPattern(Triple t) {
        Node s = t.getSubject();
        Node o = t.getObject();
        return Var.isVar(s) && Var.isVar(o) && !s.equals(o) && LabelColumn.PROPERTIES.contains(t.getPredicate());
    }
}
