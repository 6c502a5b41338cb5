package org.internkg.export;

import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

import org.internkg.format.Format;

/**
 * Entity tags for answers computed from the store: the store revision plus the format. The revision counter starts
 * afresh in every process while an on-disk store may have changed in between, so a per-process epoch is part of the
 * tag: a restart never revalidates a stale copy.
 */
public final class EntityTags {

    private static final String EPOCH = Long.toString(System.currentTimeMillis(), 36)
            + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36);

    private EntityTags() {
    }

    /** A strong tag such as {@code "lq3k9-7-ttl"}, quotes included. */
    public static String of(long revision, Format format) {
        return of(revision, format.formatName());
    }

    /** A tag for a representation outside the format table, such as {@code html}. */
    public static String of(long revision, String variant) {
        return "\"" + EPOCH + "-" + revision + "-" + variant + "\"";
    }

    /** True when an If-None-Match header names this tag (weak comparison, as RFC 9110 asks for If-None-Match) or is {@code *}. */
    public static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals("*") || t.equals(tag));
    }
}
