package org.internkg.explore;

import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.internkg.graph.Ikg;

/** Checks the JSON API's parameters before anything touches the store (Fuseki's validate-then-execute). */
final class ExploreParameters {

    static final int MAX_IRI_LENGTH = 2048;
    static final int MAX_QUERY_LENGTH = 200;
    private static final Pattern LOCAL_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private ExploreParameters() {
    }

    /** A required absolute http(s) IRI. */
    static Node iri(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidParameterException(name, "The parameter '" + name + "' is required: an absolute IRI.");
        }
        String text = value.strip();
        if (text.length() > MAX_IRI_LENGTH) {
            throw new InvalidParameterException(name, "The parameter '" + name + "' is longer than " + MAX_IRI_LENGTH + " characters.");
        }
        try {
            IRIx iri = IRIx.create(text);
            String scheme = iri.scheme() == null ? "" : iri.scheme().toLowerCase(Locale.ROOT);
            if (!iri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
                throw new InvalidParameterException(name, "The parameter '" + name + "' must be an absolute http(s) IRI.");
            }
        } catch (IRIException e) {
            throw new InvalidParameterException(name, "The parameter '" + name + "' is not a valid IRI: " + e.getMessage());
        }
        return NodeFactory.createURI(text);
    }

    /** An optional IRI; absent or blank gives null. */
    static Node optionalIri(String name, String value) {
        return value == null || value.isBlank() ? null : iri(name, value);
    }

    /** A class of the InternKG vocabulary, by local name ({@code Model}) or full IRI; absent gives null. */
    static Node type(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (LOCAL_NAME.matcher(text).matches()) {
            return Ikg.term(text);
        }
        return iri(name, text);
    }

    /** A count within 1..max (larger values are clamped to max); absent gives the default. */
    static int limit(String name, String value, int defaultValue, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        int n = integer(name, value);
        if (n < 1) {
            throw new InvalidParameterException(name, "The parameter '" + name + "' must be at least 1.");
        }
        return Math.min(n, max);
    }

    static int offset(String name, String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        int n = integer(name, value);
        if (n < 0) {
            throw new InvalidParameterException(name, "The parameter '" + name + "' must not be negative.");
        }
        return n;
    }

    /** A search text: required, at most {@value #MAX_QUERY_LENGTH} characters, matched case-insensitively. */
    static String searchText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidParameterException(name, "The parameter '" + name + "' is required: the text to search for.");
        }
        String text = value.strip();
        if (text.length() > MAX_QUERY_LENGTH) {
            throw new InvalidParameterException(name, "The parameter '" + name + "' is longer than " + MAX_QUERY_LENGTH + " characters.");
        }
        return text;
    }

    static Direction direction(String name, String value) {
        if (value == null || value.isBlank()) {
            return Direction.BOTH;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "out" -> Direction.OUT;
            case "in" -> Direction.IN;
            case "both" -> Direction.BOTH;
            default -> throw new InvalidParameterException(name, "The parameter '" + name + "' must be one of out, in, both.");
        };
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "The parameter '" + name + "' must be an integer.");
        }
    }

    enum Direction {
        OUT, IN, BOTH;

        boolean includesOut() {
            return this != IN;
        }

        boolean includesIn() {
            return this != OUT;
        }
    }
}
