package org.internkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.internkg.format.Format;
import org.internkg.graph.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes the whole dataset, or one named graph, in any graph syntax of the format table. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the knowledge base. Without --graph: the whole dataset with its graphs per source in trig, nq or jsonld, "
                + "or the union of all graphs in ttl, nt or rdfxml. With --graph: that one graph.")
class ExportCommand implements Callable<Integer> {

    @Option(names = "--format", paramLabel = "F", description = "ttl nt jsonld rdfxml trig nq (default: from --out's suffix, else trig).")
    private String format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Export only this named graph.")
    private String graph;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    private Path out;

    @Mixin
    private StoreOption store;

    @Override
    public Integer call() throws IOException {
        Format chosen = chooseFormat();
        try (KnowledgeBase kb = store.open()) {
            if (graph != null && !kb.read(ds -> ds.asDatasetGraph().containsGraph(NodeFactory.createURI(graph)))) {
                throw new IllegalArgumentException("no graph named <" + graph + "> in the store");
            }
            if (out == null) {
                write(kb, chosen, System.out);
            } else {
                try (OutputStream file = Files.newOutputStream(out)) {
                    write(kb, chosen, file);
                }
            }
        }
        return 0;
    }

    private void write(KnowledgeBase kb, Format chosen, OutputStream sink) throws IOException {
        kb.read(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            if (graph != null) {
                RDFDataMgr.write(sink, dsg.getGraph(NodeFactory.createURI(graph)), chosen.lang());
            } else if (chosen.carriesNamedGraphs()) {
                RDFDataMgr.write(sink, dsg, chosen.lang());
            } else {
                RDFDataMgr.write(sink, dsg.getUnionGraph(), chosen.lang());
            }
            return null;
        });
        sink.flush();
    }

    private Format chooseFormat() {
        Format chosen = format != null ? Format.byName(format)
                : out != null ? Format.byFileName(out.getFileName().toString()).orElse(Format.TRIG) : Format.TRIG;
        if (chosen.isResults()) {
            throw new IllegalArgumentException("--format " + chosen + " is for query results; export needs one of ttl nt jsonld rdfxml trig nq");
        }
        return chosen;
    }
}
