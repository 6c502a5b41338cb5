package org.internkg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The one analyzer of the search index and of queries: Lucene's {@link CJKAnalyzer}, which splits Latin text
 * into lower-cased words and Chinese into overlapping bigrams in the same field ("书生·浦语" → 书生, 浦语), so
 * one field serves both scripts. No stop words: "A" and "in" are parts of model names here.
 */
final class SearchAnalyzer {

    static final Analyzer ANALYZER = new CJKAnalyzer(CharArraySet.EMPTY_SET);

    private SearchAnalyzer() {
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Lower case, letters and digits only: "InternLM2-Chat 7B" and "internlm2 chat-7b" compare equal. */
    static String compact(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.toLowerCase(java.util.Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** Whether a token is Latin letters or digits (fuzzy matching makes sense only there). */
    static boolean isLatin(String token) {
        return token.codePoints().allMatch(c -> c < 0x250);
    }
}
