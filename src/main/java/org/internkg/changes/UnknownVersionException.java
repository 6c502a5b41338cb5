package org.internkg.changes;

/** A name that is no data release, source version, file (command line) or {@code live}: 404 on the API, exit 2 in {@code diff}. */
public class UnknownVersionException extends RuntimeException {

    private final String version;

    public UnknownVersionException(String version, String detail) {
        super(detail);
        this.version = version;
    }

    public String version() {
        return version;
    }
}
