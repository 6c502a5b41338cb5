package org.internkg.changes;

/** What a side of a comparison is; the store revision and the ontology version are never compared as data. */
public enum VersionKind {
    /** A data release: the bundled one, or an earlier one kept as a file in the release manifest. */
    DATA_RELEASE("data release"),
    /** One version of one source document: a named graph, live or in the harvest archive. */
    SOURCE_VERSION("source version"),
    /** An RDF file given on the command line. */
    FILE("file"),
    /** The store as it is now: the data release plus what was written since (harvests, Graph Store writes). */
    LIVE("live store");

    private final String description;

    VersionKind(String description) {
        this.description = description;
    }

    /** How the kind is written in JSON and the API: {@code data-release}, {@code source-version} … */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public String description() {
        return description;
    }
}
