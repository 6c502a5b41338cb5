package org.internkg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The one analyzer of the search index and of queries: the chain of Lucene's {@code CJKAnalyzer}, which splits
 * Latin text into lower-cased words and Chinese into overlapping bigrams in the same field ("书生·浦语" → 书生,
 * 浦语), so one field serves both scripts. Two changes: underscores separate words (config names such as
 * {@code internlm2_1_8b_qlora_alpaca_e3} and ids such as {@code internlm2_5-7b} are found by their parts), and no
 * stop words ("A" and "in" are parts of names here).
 */
final class SearchAnalyzer {

    static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new CJKWidthFilter(source);
            result = new LowerCaseFilter(result);
            result = new CJKBigramFilter(result);
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new MappingCharFilter(UNDERSCORE_AS_SPACE, reader);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(new CJKWidthFilter(in));
        }
    };

    private static final NormalizeCharMap UNDERSCORE_AS_SPACE;

    static {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add("_", " ");
        UNDERSCORE_AS_SPACE = map.build();
    }

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
