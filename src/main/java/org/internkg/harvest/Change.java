package org.internkg.harvest;

/** One change of a source against its previous version: what kind, about which entity, and the detail. */
public record Change(Kind kind, String entity, String detail) {

    /** The changes a reader of a harvest wants to see. */
    public enum Kind { ADDED_MODEL, REMOVED_MODEL, CHANGED_DATE, ADDED_SUPPORT, REMOVED_SUPPORT }

    @Override
    public String toString() {
        String sign = switch (kind) {
            case ADDED_MODEL, ADDED_SUPPORT -> "+";
            case REMOVED_MODEL, REMOVED_SUPPORT -> "-";
            case CHANGED_DATE -> "~";
        };
        return sign + " " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " <" + entity + ">" + (detail == null ? "" : " " + detail);
    }
}
