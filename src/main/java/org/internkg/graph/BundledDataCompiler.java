package org.internkg.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * Build step ({@code process-classes}, see pom.xml): parses the bundled TriG and Turtle files once and writes
 * their quads as RDF Thrift next to them in the classes directory, so that a start with an empty store reads a
 * binary form instead of parsing TriG. Plain {@code RDF_THRIFT}, not the "values" variant, which would rewrite
 * the lexical forms of numbers.
 */
public final class BundledDataCompiler {

    private BundledDataCompiler() {
    }

    /** {@code args[0]}: the classes directory the compiled file goes into. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]).resolve(BundledData.COMPILED);
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            RDFDataMgr.write(out, new BundledData().readSources(), RDFFormat.RDF_THRIFT);
        }
    }
}
