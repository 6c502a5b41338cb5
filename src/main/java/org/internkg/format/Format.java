package org.internkg.format;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultsWriter;

/**
 * The product's one format table: CLI {@code --format}, HTTP {@code format=} and file suffixes all resolve here.
 * {@code json xml csv tsv} are for query results, the rest for graphs and datasets.
 */
public enum Format {
    JSON("json", ResultSetLang.RS_JSON, Kind.RESULTS, List.of("application/json"), "srj", "json"),
    XML("xml", ResultSetLang.RS_XML, Kind.RESULTS, List.of("application/xml", "text/xml"), "srx", "xml"),
    CSV("csv", ResultSetLang.RS_CSV, Kind.RESULTS, List.of(), "csv"),
    TSV("tsv", ResultSetLang.RS_TSV, Kind.RESULTS, List.of(), "tsv"),
    TTL("ttl", Lang.TURTLE, Kind.GRAPH, List.of("application/x-turtle"), "ttl"),
    NT("nt", Lang.NTRIPLES, Kind.GRAPH, List.of("text/plain"), "nt"),
    JSONLD("jsonld", Lang.JSONLD, Kind.DATASET, List.of("application/json"), "jsonld"),
    RDFXML("rdfxml", Lang.RDFXML, Kind.GRAPH, List.of("application/xml", "text/xml"), "rdf", "owl"),
    TRIG("trig", Lang.TRIG, Kind.DATASET, List.of(), "trig"),
    NQ("nq", Lang.NQUADS, Kind.DATASET, List.of(), "nq");

    /** What a format can carry: a results table, one graph, or a dataset of named graphs (which also carries one graph). */
    public enum Kind { RESULTS, GRAPH, DATASET }

    private final String name;
    private final Lang lang;
    private final Kind kind;
    private final List<String> suffixes;
    private final List<String> mediaTypes;

    Format(String name, Lang lang, Kind kind, List<String> otherMediaTypes, String... suffixes) {
        this.name = name;
        this.lang = lang;
        this.kind = kind;
        this.suffixes = List.of(suffixes);
        this.mediaTypes = java.util.stream.Stream.concat(java.util.stream.Stream.of(lang.getContentType().getContentTypeStr()),
                otherMediaTypes.stream()).toList();
    }

    /** Resolves a name from the table ({@code ttl}, {@code jsonld} …), case-insensitively. */
    public static Format byName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.name.equals(wanted)).findFirst()
                .orElseThrow(() -> new UnknownFormatException(name));
    }

    /** The format a file name's suffix means ({@code .rdf} is RDF/XML), if any. */
    public static Optional<Format> byFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String suffix = lower.substring(dot + 1);
        return Arrays.stream(values()).filter(f -> f.suffixes.contains(suffix)).findFirst();
    }


    public static String names() {
        return String.join(" ", Arrays.stream(values()).map(Format::formatName).toList());
    }

    public String formatName() {
        return name;
    }

    public Lang lang() {
        return lang;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isResults() {
        return kind == Kind.RESULTS;
    }

    /**
     * Writes a SELECT answer in this results format: JSON and XML with the project's streaming writers
     * ({@link JsonResultsWriter}, {@link XmlResultsWriter}), CSV and TSV with Jena's.
     */
    public void writeResults(OutputStream out, RowSet rows) {
        switch (this) {
            case JSON -> JsonResultsWriter.write(out, rows);
            case XML -> XmlResultsWriter.write(out, rows);
            case CSV, TSV -> ResultsWriter.create().lang(lang).build().write(out, rows);
            default -> throw new IllegalArgumentException(name + " is not a results format");
        }
    }

    /** Writes an ASK answer in this results format (Jena's writers: one value, nothing to stream). */
    public void writeResults(OutputStream out, boolean answer) {
        if (!isResults()) {
            throw new IllegalArgumentException(name + " is not a results format");
        }
        ResultsWriter.create().lang(lang).build().write(out, answer);
    }

    public boolean carriesNamedGraphs() {
        return kind == Kind.DATASET;
    }

    /** The canonical media type, sent as Content-Type. */
    public String mediaType() {
        return mediaTypes.get(0);
    }

    /** Every media type this format answers to in an Accept header, canonical first. */
    public List<String> mediaTypes() {
        return mediaTypes;
    }

    /** The file suffix downloads get (without the dot). */
    public String fileSuffix() {
        return suffixes.get(0);
    }

    @Override
    public String toString() {
        return name;
    }
}
