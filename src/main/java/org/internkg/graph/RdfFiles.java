package org.internkg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Parses RDF files so that a syntax error names the file, line and column instead of a stack trace. */
public final class RdfFiles {

    private static final Logger log = LoggerFactory.getLogger(RdfFiles.class);

    private RdfFiles() {
    }

    /** Parses a file (syntax from its suffix) into a new in-memory dataset. */
    public static DatasetGraph readDataset(Path file) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (InputStream in = Files.newInputStream(file)) {
            parse(in, langOf(file.getFileName().toString()), file.toString(), dsg);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return dsg;
    }

    /** Parses a stream into a dataset graph; the {@code name} appears in error messages. */
    public static void parse(InputStream in, Lang lang, String name, DatasetGraph target) {
        parse(in, lang, name, org.apache.jena.riot.system.StreamRDFLib.dataset(target));
    }

    /** Parses a stream into any sink; syntax errors become {@link RdfSyntaxException}. */
    public static void parse(InputStream in, Lang lang, String name, StreamRDF sink) {
        try {
            RDFParser.source(in).lang(lang).base(Ikg.NS).errorHandler(new LocatingErrorHandler(name)).parse(sink);
        } catch (RdfSyntaxException e) {
            throw e;
        } catch (RiotException e) {
            throw new RdfSyntaxException(name, -1, -1, e.getMessage());
        }
    }

    /**
     * Parses untrusted text strictly: warnings (a bad IRI, an unknown language tag, an ill-formed literal) are
     * errors too, and relative IRIs resolve against {@code base}.
     */
    public static void parseStrict(String text, Lang lang, String name, String base, StreamRDF sink) {
        LocatingErrorHandler handler = new LocatingErrorHandler(name);
        ErrorHandler strict = new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                handler.error(message, line, col);
            }

            @Override
            public void error(String message, long line, long col) {
                handler.error(message, line, col);
            }

            @Override
            public void fatal(String message, long line, long col) {
                handler.fatal(message, line, col);
            }
        };
        try {
            RDFParser.fromString(text, lang).base(base).strict(true).checking(true).errorHandler(strict).parse(sink);
        } catch (RdfSyntaxException e) {
            throw e;
        } catch (RiotException e) {
            throw new RdfSyntaxException(name, -1, -1, e.getMessage());
        }
    }

    /** The syntax a file name's suffix means; unknown suffixes are refused rather than guessed. */
    public static Lang langOf(String fileName) {
        Lang lang = RDFLanguages.filenameToLang(fileName);
        if (lang == null || lang == Lang.RDFNULL) {
            throw new IllegalArgumentException(fileName + ": unknown RDF syntax; use a suffix such as .ttl .nt .trig .nq .jsonld .rdf");
        }
        return lang;
    }

    private record LocatingErrorHandler(String name) implements ErrorHandler {

        @Override
        public void warning(String message, long line, long col) {
            log.warn("{}:{}:{}: {}", name, line, col, message);
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RdfSyntaxException(name, line, col, message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RdfSyntaxException(name, line, col, message);
        }
    }
}
