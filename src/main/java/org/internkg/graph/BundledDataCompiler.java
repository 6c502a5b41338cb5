package org.internkg.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Build step ({@code process-classes}, see pom.xml): parses the bundled TriG and Turtle files once and writes
 * their quads as RDF Thrift next to them in the classes directory, so that a start with an empty store reads a
 * binary form instead of parsing TriG (plain {@code RDF_THRIFT}, not the "values" variant, which would rewrite
 * the lexical forms of numbers), and packs the same quads as a TDB2 database ({@link BundledStoreImage}), which a
 * start with the bundled data in memory opens instead of filling a store.
 */
public final class BundledDataCompiler {

    private BundledDataCompiler() {
    }

    /** {@code args[0]}: the classes directory the compiled file goes into. */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        Path target = classes.resolve(BundledData.COMPILED);
        Files.createDirectories(target.getParent());
        DatasetGraph data = new BundledData().readSources();
        try (OutputStream out = Files.newOutputStream(target)) {
            RDFDataMgr.write(out, data, RDFFormat.RDF_THRIFT);
        }
        BundledStoreImage.write(data, classes.resolve(BundledStoreImage.RESOURCE));
    }
}
