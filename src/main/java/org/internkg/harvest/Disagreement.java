package org.internkg.harvest;

/** A harvested value that differs from the curated one (or from another value in the same document). */
public record Disagreement(String entity, String property, String curated, String harvested, String where) {

    @Override
    public String toString() {
        return "<" + entity + "> " + property + ": " + curated + " (curated), " + harvested + " (" + where + ")";
    }
}
