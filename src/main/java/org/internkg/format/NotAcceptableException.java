package org.internkg.format;

import java.util.List;

/** Nothing the client accepts is offered for this answer (HTTP 406). */
public class NotAcceptableException extends RuntimeException {

    private final transient List<Format> offered;

    public NotAcceptableException(String accept, List<Format> offered) {
        super("none of the requested types (" + accept + ") is available; offered: "
                + String.join(", ", offered.stream().map(Format::mediaType).toList()));
        this.offered = offered;
    }

    public List<Format> offered() {
        return offered;
    }
}
