package org.internkg.format;

/** A format name that is not in the product's format table. */
public class UnknownFormatException extends IllegalArgumentException {

    public UnknownFormatException(String name) {
        super("unknown format '" + name + "'; expected one of: " + Format.names());
    }
}
