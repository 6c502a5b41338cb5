package org.internkg.format;

/** A format name that is not in the product's format table. */
public class UnknownFormatException extends IllegalArgumentException {

    public UnknownFormatException(String name) {
        super("unknown format '" + name + "'; expected one of: " + Format.names());
    }

    /** A format that exists but cannot carry this answer (e.g. {@code csv} for a graph). */
    public UnknownFormatException(String name, java.util.List<Format> offered) {
        super("format '" + name + "' is not available here; expected one of: "
                + String.join(" ", offered.stream().map(Format::formatName).toList()));
    }
}
