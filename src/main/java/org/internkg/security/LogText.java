package org.internkg.security;

/** Client text on its way into a log: one line, bounded, so an 8 MB query never becomes an 8 MB log line. */
public final class LogText {

    /** Characters of client text a log line keeps. */
    public static final int MAX = 300;

    private LogText() {
    }

    public static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.length() > MAX * 2 ? text.substring(0, MAX * 2) : text;
        oneLine = oneLine.replaceAll("[\\p{Cntrl}\\p{Cs}]+", " ").strip();
        return oneLine.length() > MAX || text.length() > MAX * 2
                ? oneLine.substring(0, Math.min(MAX, oneLine.length())) + "… (" + text.length() + " characters)" : oneLine;
    }
}
