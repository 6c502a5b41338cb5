package org.internkg.export;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.internkg.format.Format;
import org.internkg.graph.Ikg;

/**
 * Writes a graph or a dataset in a syntax of the format table straight to a stream. Turtle, N-Triples, TriG and
 * N-Quads stream triple by triple (the "blocks" writers), so a download never builds the whole text in memory;
 * JSON-LD and RDF/XML have no streaming writer in Jena and are written from the graph as it is.
 */
public final class RdfOutput {

    /** The prefixes every answer uses, so Turtle and TriG stay readable even though the store keeps none. */
    public static final PrefixMap PREFIXES = PrefixMapFactory.createForOutput(prefixes());

    private RdfOutput() {
    }

    private static Map<String, String> prefixes() {
        // Insertion order is the order the prefixes are written in.
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("ikg", Ikg.DEF);
        prefixes.put("id", Ikg.ID);
        prefixes.put("dcterms", "http://purl.org/dc/terms/");
        prefixes.put("owl", "http://www.w3.org/2002/07/owl#");
        prefixes.put("prov", "http://www.w3.org/ns/prov#");
        prefixes.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        prefixes.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        prefixes.put("skos", "http://www.w3.org/2004/02/skos/core#");
        prefixes.put("void", "http://rdfs.org/ns/void#");
        prefixes.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        return prefixes;
    }

    /** Writes one graph; dataset syntaxes (TriG, N-Quads, JSON-LD) carry it as their default graph. */
    public static void write(OutputStream out, Graph graph, Format format) {
        RDFFormat streaming = streamingFormat(format);
        if (streaming != null) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, streaming);
            stream.start();
            StreamRDFOps.sendGraphToStream(graph, stream, null, PREFIXES);
            stream.finish();
        } else if (format == Format.RDFXML) {
            RDFDataMgr.write(out, graph, RDFFormat.RDFXML_PLAIN);
        } else {
            RDFDataMgr.write(out, graph, format.lang());
        }
    }

    /** Writes one graph as a named graph of a TriG or N-Quads document. */
    public static void writeNamed(OutputStream out, Node name, Graph graph, Format format) {
        RDFFormat streaming = streamingFormat(format);
        if (streaming == null || !format.carriesNamedGraphs()) {
            throw new IllegalArgumentException(format + " cannot carry a named graph as a stream");
        }
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, streaming);
        stream.start();
        StreamRDFOps.sendPrefixesToStream(PREFIXES, stream);
        graph.find().forEachRemaining(triple -> stream.quad(Quad.create(name, triple)));
        stream.finish();
    }

    /** Writes a dataset with its named graphs; only dataset syntaxes can carry them. */
    public static void write(OutputStream out, DatasetGraph dataset, Format format) {
        if (!format.carriesNamedGraphs()) {
            throw new IllegalArgumentException(format + " cannot carry named graphs");
        }
        RDFFormat streaming = streamingFormat(format);
        if (streaming != null) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, streaming);
            stream.start();
            StreamRDFOps.sendDatasetToStream(dataset, stream, null, PREFIXES);
            stream.finish();
        } else {
            RDFDataMgr.write(out, dataset, format.lang());
        }
    }

    private static RDFFormat streamingFormat(Format format) {
        return switch (format) {
            case TTL -> RDFFormat.TURTLE_BLOCKS;
            case NT -> RDFFormat.NTRIPLES;
            case TRIG -> RDFFormat.TRIG_BLOCKS;
            case NQ -> RDFFormat.NQUADS;
            default -> null;
        };
    }
}
