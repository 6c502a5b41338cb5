package org.internkg.graph;

/** A Turtle/TriG/… file that does not parse, with where: file, line and column. */
public class RdfSyntaxException extends RuntimeException {

    private final String file;
    private final long line;
    private final long column;

    public RdfSyntaxException(String file, long line, long column, String message) {
        super(file + ":" + line + ":" + column + ": " + message);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public long column() {
        return column;
    }
}
