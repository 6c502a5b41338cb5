package org.internkg.harvest;

/** A row a harvester could not turn into facts: reported with where it is and why, never dropped silently. */
public record UnreadableRow(String file, int line, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
