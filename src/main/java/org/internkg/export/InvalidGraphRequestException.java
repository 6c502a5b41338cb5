package org.internkg.export;

/** A Graph Store Protocol request that names its graph wrongly (HTTP 400). */
public class InvalidGraphRequestException extends RuntimeException {

    public InvalidGraphRequestException(String message) {
        super(message);
    }
}
