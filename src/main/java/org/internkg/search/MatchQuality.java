package org.internkg.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.internkg.search.SearchEntries.Entry;
import org.internkg.search.SearchEntries.Name;
import org.internkg.search.SearchIndex.Match;

/**
 * Rates how a resource matched a search text, in the order a reader expects: 0 a name equals the text (ignoring
 * case, spaces and punctuation: "internlm2 chat 7b" is InternLM2-Chat-7B), 1 a name starts with it, 2 a name
 * contains every word (the last may be unfinished), 3 a name contains the text, 4 the words are found across
 * names and descriptions, 5 every word is found in a name with a typo, 6 only some words are found.
 *
 * <p>Typos are looked for only in words that no name in the index starts with (Lucene's spell checker does the same
 * by default): "chta" is read as "chat", but "internlotus59" is not widened to InternLotus35 and the like, which
 * would be noise and is the most expensive lookup a search makes (a Levenshtein automaton per word).
 *
 * <p>This is the reference definition, rating one resource at a time; {@link RankedSearch} reproduces it inside
 * Lucene tier by tier so that a search never rates every hit (SearchIndexTests checks that both agree).
 */
final class MatchQuality {

    /**
     * Quality first; then how much of the matched name the text covers, in tenths (书生 is nearer to 书生·浦语
     * than to 书生·浦语大模型实战营); then the better-connected resource.
     */
    static final Comparator<Match> ORDER = Comparator.comparingInt(Match::quality)
            .thenComparing(Comparator.comparingInt(Match::coverage).reversed())
            .thenComparing(Comparator.comparingInt(Match::degree).reversed())
            .thenComparingInt(m -> m.matched().length())
            .thenComparing(Match::matched)
            .thenComparing(m -> m.resource().getURI());

    private MatchQuality() {
    }

    /** One typo for words up to seven letters, two beyond ("xtunr" → xtuner); the first letter is never the typo. */
    static int maxEdits(String token) {
        return token.length() >= 8 ? 2 : 1;
    }

    /** Words that may carry a typo: Latin, four letters or more. */
    static boolean typoTolerant(String token) {
        return SearchAnalyzer.isLatin(token) && token.length() >= 4;
    }

    /** The query tokens that start a word of some name among {@code entries} (what the index knows). */
    static Set<String> knownWords(Collection<Entry> entries, List<String> queryTokens) {
        Set<String> known = new HashSet<>();
        for (Entry e : entries) {
            for (Name n : e.names()) {
                for (String word : SearchAnalyzer.tokens(n.text())) {
                    queryTokens.stream().filter(word::startsWith).forEach(known::add);
                }
            }
        }
        return known;
    }

    /**
     * @param knownWords the query tokens that start a name word of some resource in the index: not read as typos
     */
    static Match rate(Entry entry, String needle, List<String> queryTokens, Set<String> knownWords) {
        String compactNeedle = SearchAnalyzer.compact(needle);
        Match best = null;
        List<String> allNameTokens = new ArrayList<>();
        for (Name n : entry.names()) {
            String lower = n.text().toLowerCase(java.util.Locale.ROOT);
            String compact = SearchAnalyzer.compact(n.text());
            List<String> nameTokens = SearchAnalyzer.tokens(n.text());
            allNameTokens.addAll(nameTokens);
            int q;
            if (lower.equals(needle) || (!compactNeedle.isEmpty() && compact.equals(compactNeedle))) {
                q = 0;
            } else if (lower.startsWith(needle) || (!compactNeedle.isEmpty() && compact.startsWith(compactNeedle))) {
                q = 1;
            } else if (!queryTokens.isEmpty() && allFound(queryTokens, nameTokens, true)) {
                q = 2;
            } else if (lower.contains(needle)) {
                q = 3;
            } else {
                continue;
            }
            best = better(best, new Match(entry.resource(), n.text(), n.kind(), q * 3 + kindRank(n.kind()), entry.degree(), coverage(needle, n.text())));
        }
        if (best != null) {
            return best;
        }
        List<String> everything = new ArrayList<>(allNameTokens);
        List<String> descriptionTokens = new ArrayList<>();
        entry.descriptions().forEach(d -> descriptionTokens.addAll(SearchAnalyzer.tokens(d)));
        everything.addAll(descriptionTokens);
        String shown = entry.names().isEmpty() ? entry.resource().getURI() : entry.names().get(0).text();
        if (!queryTokens.isEmpty() && allFound(queryTokens, everything, false)) {
            String description = entry.descriptions().isEmpty() ? shown : entry.descriptions().get(0);
            return new Match(entry.resource(), description, "description", 4 * 3, entry.degree(), 0);
        }
        if (!queryTokens.isEmpty() && queryTokens.stream().allMatch(t -> closeToAny(t, allNameTokens, knownWords))) {
            return new Match(entry.resource(), shown, "fuzzy", 5 * 3, entry.degree(), 0);
        }
        boolean some = queryTokens.stream().anyMatch(t -> everything.contains(t) || closeToAny(t, allNameTokens, knownWords));
        return some ? new Match(entry.resource(), shown, "partial", 6 * 3, entry.degree(), 0) : null;
    }

    /** Tenths of the name that the text covers (10: all of it). */
    static int coverage(String needle, String name) {
        return name.isEmpty() ? 0 : Math.min(10, 10 * needle.length() / name.length());
    }

    private static Match better(Match a, Match b) {
        return a == null || b.quality() < a.quality() || (b.quality() == a.quality() && b.coverage() > a.coverage()) ? b : a;
    }

    static int kindRank(String kind) {
        return switch (kind) {
            case "label" -> 0;
            case "altLabel" -> 1;
            default -> 2;
        };
    }

    private static boolean allFound(List<String> query, List<String> in, boolean lastMayBePrefix) {
        for (int i = 0; i < query.size(); i++) {
            String t = query.get(i);
            boolean prefixOk = lastMayBePrefix && i == query.size() - 1;
            if (!(in.contains(t) || (prefixOk && in.stream().anyMatch(x -> x.startsWith(t))))) {
                return false;
            }
        }
        return true;
    }

    private static boolean closeToAny(String token, List<String> candidates, Set<String> knownWords) {
        if (!typoTolerant(token)) {
            return false;
        }
        if (knownWords.contains(token)) {
            return candidates.stream().anyMatch(c -> c.startsWith(token));
        }
        int max = maxEdits(token);
        // The first letter must be right: typos are looked up from it (a much smaller part of the dictionary).
        return candidates.stream().anyMatch(c -> c.startsWith(token) || (c.charAt(0) == token.charAt(0) && distance(token, c, max) <= max));
    }

    /**
     * Edit distance counting a swap of two neighbouring letters as one edit, as Lucene's fuzzy query does
     * ("rockte" is one edit from "rocket"); gives up with {@code max + 1} when the lengths alone rule it out.
     */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
