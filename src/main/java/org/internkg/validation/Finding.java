package org.internkg.validation;

/**
 * One problem in the data: which resource, which property (may be null for whole-resource checks), how bad,
 * and a message a person understands.
 */
public record Finding(String focus, String path, Severity severity, String message) {

    public enum Severity { VIOLATION, WARNING, INFO }

    @Override
    public String toString() {
        return severity.name().charAt(0) + severity.name().substring(1).toLowerCase(java.util.Locale.ROOT)
                + ": <" + focus + ">" + (path == null ? "" : " " + path) + ": " + message;
    }
}
