package org.internkg.export;

import java.io.OutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.internkg.format.Format;
import org.internkg.graph.KnowledgeBase;
import org.springframework.stereotype.Component;

/** The read side of the Graph Store Protocol: checks that a selected graph exists and writes it inside one read transaction. */
@Component
public class GraphStore {

    private final KnowledgeBase knowledgeBase;

    GraphStore(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    /** @throws GraphNotFoundException when a named graph is not in the store */
    public void requireExists(GraphSelection selection) {
        if (selection.scope() != GraphSelection.Scope.NAMED) {
            return;
        }
        // Jena's reserved names (urn:x-arq:UnionGraph …) are not graphs of ours: ?default is the way to the union.
        boolean exists = !Quad.isUnionGraph(selection.graph()) && !Quad.isDefaultGraph(selection.graph())
                && knowledgeBase.read(ds -> ds.asDatasetGraph().containsGraph(selection.graph()));
        if (!exists) {
            throw new GraphNotFoundException(selection.graph().getURI());
        }
    }

    public long revision() {
        return knowledgeBase.revision();
    }

    /** Writes the selection straight from the store to {@code out}. */
    public void write(GraphSelection selection, Format format, OutputStream out) {
        knowledgeBase.read(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            switch (selection.scope()) {
                case DATASET -> RdfOutput.write(out, dsg, format);
                case DEFAULT -> RdfOutput.write(out, dsg.getUnionGraph(), format);
                case NAMED -> {
                    Graph graph = dsg.getGraph(selection.graph());
                    if (format == Format.TRIG || format == Format.NQ) {
                        // TriG and N-Quads keep the graph's name, so the download loads back into the same graph.
                        RdfOutput.writeNamed(out, selection.graph(), graph, format);
                    } else {
                        RdfOutput.write(out, graph, format);
                    }
                }
            }
            return null;
        });
    }
}
