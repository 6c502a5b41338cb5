package org.internkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.internkg.bench.SyntheticEcosystem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes deterministic synthetic ecosystem data as N-Quads, for benchmarks and load tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write deterministic, ecosystem-shaped synthetic data (N-Quads, one graph per source document) "
                + "in InternKG's vocabulary: the same --triples and --seed give the same file.")
class GenerateCommand implements Callable<Integer> {

    @Option(names = "--triples", paramLabel = "N", required = true,
            description = "How many triples (quads) to write at least; the last model family is completed. 100k, 1M or 10M: 100000, 1000000, 10000000.")
    private long triples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default 1).")
    private long seed;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Output file (.nq, or .nq.gz to compress); default standard output.")
    private Path output;

    @Override
    public Integer call() throws IOException {
        long written;
        try (OutputStream out = open()) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            written = new SyntheticEcosystem(triples, seed).writeTo(writer);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        System.err.printf("generated %,d quads (seed %d)%s%n", written, seed, output == null ? "" : " into " + output);
        return 0;
    }

    private OutputStream open() throws IOException {
        if (output == null) {
            return new BufferedOutputStream(System.out, 1 << 16) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        OutputStream file = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
        return output.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(file, 1 << 16) : file;
    }
}
