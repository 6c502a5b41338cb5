package org.internkg.security;

/**
 * A cheap, linear pass over SPARQL or Turtle text before any parser sees it: the deepest bracket nesting and the
 * longest chain of operators (property-path steps, {@code && || + *}). Jena's recursive-descent parsers and
 * algebra walkers recurse once per level, so 20,000 nested parentheses or a 5,000-step path end in a
 * StackOverflowError; measured here first, such input is refused with a clear reason instead.
 *
 * <p>Strings, IRIs and comments are skipped, so brackets inside them do not count. The scan is deliberately
 * approximate in the safe direction: it may count an arithmetic operator as a path step, never miss nesting.
 */
public final class NestingScanner {

    /** What the scan found: deepest nesting of ( [ { and the longest operator chain within one statement. */
    public record Shape(int depth, int longestChain) {
    }

    private NestingScanner() {
    }

    public static Shape scan(CharSequence text) {
        int depth = 0;
        int maxDepth = 0;
        int chain = 0;
        int longest = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            switch (c) {
                case '#' -> {
                    while (i < n && text.charAt(i) != '\n') {
                        i++;
                    }
                    continue;
                }
                case '"', '\'' -> {
                    i = skipString(text, i);
                    continue;
                }
                case '<' -> {
                    int end = iriEnd(text, i);
                    if (end > 0) {
                        i = end + 1;
                        continue;
                    }
                    chain = 0; // a comparison, not a path
                }
                case '(', '[', '{' -> {
                    depth++;
                    maxDepth = Math.max(maxDepth, depth);
                    if (c == '{') {
                        chain = 0;
                    }
                }
                case ')', ']', '}' -> {
                    depth = Math.max(0, depth - 1);
                    if (c == '}') {
                        chain = 0;
                    }
                }
                case '/', '|', '^', '+', '*', '&' -> {
                    // "&&" and "||" are one operator each.
                    if (!((c == '&' || c == '|') && i > 0 && text.charAt(i - 1) == c)) {
                        chain++;
                        longest = Math.max(longest, chain);
                    }
                }
                case ';', ',' -> chain = 0;
                case '.' -> {
                    if (i + 1 >= n || Character.isWhitespace(text.charAt(i + 1))) {
                        chain = 0;
                    }
                }
                default -> {
                }
            }
            i++;
        }
        return new Shape(maxDepth, longest);
    }

    /** Index after a string starting at {@code start}: short or long ("""…"""), with backslash escapes. */
    private static int skipString(CharSequence text, int start) {
        char quote = text.charAt(start);
        int n = text.length();
        boolean isLong = start + 2 < n && text.charAt(start + 1) == quote && text.charAt(start + 2) == quote;
        int i = start + (isLong ? 3 : 1);
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (!isLong) {
                    return i + 1;
                }
                if (i + 2 < n && text.charAt(i + 1) == quote && text.charAt(i + 2) == quote) {
                    return i + 3;
                }
                i++;
            } else if (!isLong && c == '\n') {
                return i + 1; // unterminated: the parser will say so
            } else {
                i++;
            }
        }
        return n;
    }

    /** The closing '>' of an IRI reference starting at {@code start}, or -1 when this '<' is an operator. */
    private static int iriEnd(CharSequence text, int start) {
        int n = text.length();
        for (int i = start + 1; i < n && i - start < 8192; i++) {
            char c = text.charAt(i);
            if (c == '>') {
                return i;
            }
            if (c <= ' ' || c == '<' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`' || c == '\\') {
                return -1;
            }
        }
        return -1;
    }
}
