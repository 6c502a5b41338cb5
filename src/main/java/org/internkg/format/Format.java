package org.internkg.format;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The product's one format table: CLI {@code --format}, HTTP {@code format=} and file suffixes all resolve here.
 * {@code json xml csv tsv} are for query results, the rest for graphs and datasets.
 */
public enum Format {
    JSON("json", ResultSetLang.RS_JSON, Kind.RESULTS, "srj", "json"),
    XML("xml", ResultSetLang.RS_XML, Kind.RESULTS, "srx", "xml"),
    CSV("csv", ResultSetLang.RS_CSV, Kind.RESULTS, "csv"),
    TSV("tsv", ResultSetLang.RS_TSV, Kind.RESULTS, "tsv"),
    TTL("ttl", Lang.TURTLE, Kind.GRAPH, "ttl"),
    NT("nt", Lang.NTRIPLES, Kind.GRAPH, "nt"),
    JSONLD("jsonld", Lang.JSONLD, Kind.DATASET, "jsonld"),
    RDFXML("rdfxml", Lang.RDFXML, Kind.GRAPH, "rdf", "owl"),
    TRIG("trig", Lang.TRIG, Kind.DATASET, "trig"),
    NQ("nq", Lang.NQUADS, Kind.DATASET, "nq");

    /** What a format can carry: a results table, one graph, or a dataset of named graphs (which also carries one graph). */
    public enum Kind { RESULTS, GRAPH, DATASET }

    private final String name;
    private final Lang lang;
    private final Kind kind;
    private final List<String> suffixes;

    Format(String name, Lang lang, Kind kind, String... suffixes) {
        this.name = name;
        this.lang = lang;
        this.kind = kind;
        this.suffixes = List.of(suffixes);
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

    /** The format with this media type, if the table has one. */
    public static Optional<Format> byMediaType(String mediaType) {
        Lang lang = RDFLanguages.contentTypeToLang(mediaType);
        if (lang == null) {
            lang = ResultSetLang.RS_JSON.getContentType().getContentTypeStr().equals(mediaType) ? ResultSetLang.RS_JSON : null;
        }
        Lang found = lang;
        return Arrays.stream(values()).filter(f -> f.lang.equals(found)).findFirst();
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

    public boolean carriesNamedGraphs() {
        return kind == Kind.DATASET;
    }

    public String mediaType() {
        return lang.getContentType().getContentTypeStr();
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
