package org.internkg.search;

import static org.internkg.search.SearchDocuments.ALL;
import static org.internkg.search.SearchDocuments.COMPACT;
import static org.internkg.search.SearchDocuments.DEGREE;
import static org.internkg.search.SearchDocuments.DEGREE_VALUE;
import static org.internkg.search.SearchDocuments.DESCRIBED;
import static org.internkg.search.SearchDocuments.DESCRIBED_LENGTH;
import static org.internkg.search.SearchDocuments.EXACT;
import static org.internkg.search.SearchDocuments.GRAM;
import static org.internkg.search.SearchDocuments.GRAMS;
import static org.internkg.search.SearchDocuments.IRI;
import static org.internkg.search.SearchDocuments.KIND;
import static org.internkg.search.SearchDocuments.KIND_RANK;
import static org.internkg.search.SearchDocuments.LENGTH;
import static org.internkg.search.SearchDocuments.NAMES;
import static org.internkg.search.SearchDocuments.NAME_DEGREE;
import static org.internkg.search.SearchDocuments.SHOWN;
import static org.internkg.search.SearchDocuments.SHOWN_LENGTH;
import static org.internkg.search.SearchDocuments.TEXT;
import static org.internkg.search.SearchDocuments.TYPE;
import static org.internkg.search.SearchDocuments.WORDS;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.internkg.search.SearchIndex.Match;

/**
 * One search, ranked inside Lucene: the tiers of {@link MatchQuality} are asked one after the other, best
 * first (exact name, prefix, all words in a name, substring, words across names and descriptions, typos, some
 * words), each sorted the way {@link MatchQuality#ORDER} sorts within a tier and collected only until
 * {@code limit} distinct resources are found. A resource met in a better tier is not taken again, so each hit
 * keeps its best match. Cheap tiers usually fill the page, so the typo and substring queries seldom run, and no
 * query materialises more than a page of hits.
 */
final class RankedSearch {

    private static final int MAX_FUZZY_EXPANSIONS = 50;
    /** Words found in more resources than this are left out of the partial tier (the last, some words found). */
    static final int COMMON_WORD_RESOURCES = 10_000;

    private final IndexSearcher searcher;
    private final String needle;
    private final List<String> tokens;
    private final Node type;
    private final int limit;
    private final List<Match> found = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final java.util.Map<String, Query> closeToAName = new java.util.HashMap<>();

    RankedSearch(IndexSearcher searcher, String needle, List<String> tokens, Node type, int limit) {
        this.searcher = searcher;
        this.needle = needle;
        this.tokens = tokens;
        this.type = type;
        this.limit = limit;
    }

    List<Match> run() throws IOException {
        if (needle.isEmpty() || limit <= 0) {
            return List.of();
        }
        String compact = SearchAnalyzer.compact(needle);
        Sort byName = new Sort(new NameOrder(needle.length()).getSortField(false),
                new SortField(TEXT, SortField.Type.STRING), new SortField(IRI, SortField.Type.STRING));
        BooleanQuery.Builder exact = new BooleanQuery.Builder().add(new TermQuery(new Term(EXACT, needle)), Occur.SHOULD);
        BooleanQuery.Builder prefix = new BooleanQuery.Builder().add(new PrefixQuery(new Term(EXACT, needle)), Occur.SHOULD);
        if (!compact.isEmpty()) {
            exact.add(new TermQuery(new Term(COMPACT, compact)), Occur.SHOULD);
            prefix.add(new PrefixQuery(new Term(COMPACT, compact)), Occur.SHOULD);
        }
        if (names(exact.build(), 0, byName) || names(prefix.build(), 1, byName)
                || (!tokens.isEmpty() && names(allWordsInOneName(), 2, byName)) || names(substring(), 3, byName)) {
            return found;
        }
        if (tokens.isEmpty()) {
            return found;
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        tokens.forEach(t -> words.add(new TermQuery(new Term(ALL, t)), Occur.MUST));
        if (resources(words.build(), 4)) {
            return found;
        }
        if (tokens.stream().allMatch(MatchQuality::typoTolerant)) {
            BooleanQuery.Builder every = new BooleanQuery.Builder();
            for (String t : tokens) {
                every.add(closeToAName(t), Occur.MUST);
            }
            if (resources(every.build(), 5)) {
                return found;
            }
        }
        BooleanQuery.Builder some = new BooleanQuery.Builder();
        for (String t : tokens) {
            Term word = new Term(ALL, t);
            // A word that tens of thousands of resources share ("7b", "chat") says nothing on its own: a partial
            // match on it alone is noise, and ranking all its holders is the most expensive query there is.
            if (searcher.getIndexReader().docFreq(word) <= COMMON_WORD_RESOURCES) {
                some.add(new TermQuery(word), Occur.SHOULD);
            }
            if (MatchQuality.typoTolerant(t)) {
                some.add(closeToAName(t), Occur.SHOULD);
            }
        }
        resources(some.build(), 6);
        return found;
    }

    /** Every word of the text in one name, the last one possibly unfinished ("internlm2 ch"). */
    private Query allWordsInOneName() {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int i = 0; i < tokens.size(); i++) {
            Term term = new Term(WORDS, tokens.get(i));
            b.add(i < tokens.size() - 1 ? new TermQuery(term) : new PrefixQuery(term), Occur.MUST);
        }
        return b.build();
    }

    /**
     * The text inside a name: its three-letter pieces at their offsets (a phrase over the grams field, exact for
     * three letters or more; every third piece and the last one cover the text, so only those are asked); a text
     * of one or two letters scans the names with a wildcard, which the earlier tiers nearly always make unnecessary.
     */
    private Query substring() {
        int[] points = needle.codePoints().toArray();
        if (points.length < GRAM) {
            return new WildcardQuery(new Term(EXACT, "*" + escapeWildcards(needle) + "*"));
        }
        if (points.length == GRAM) {
            return new TermQuery(new Term(GRAMS, needle));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int last = points.length - GRAM;
        for (int i = 0; i < last; i += GRAM) {
            phrase.add(new Term(GRAMS, new String(points, i, GRAM)), i);
        }
        phrase.add(new Term(GRAMS, new String(points, last, GRAM)), last);
        return phrase.build();
    }

    /**
     * A name word that starts with the token or, when no name word does ({@link MatchQuality}: a known word is not
     * a typo), is one typo away (two for eight letters or more), the first letter right; expanded once per search
     * (the typo and partial tiers both ask it) and to at most {@value #MAX_FUZZY_EXPANSIONS} nearest words.
     */
    private Query closeToAName(String token) throws IOException {
        Query q = closeToAName.get(token);
        if (q == null) {
            Term term = new Term(NAMES, token);
            q = startsAName(token) ? new PrefixQuery(term) : searcher.rewrite(new BooleanQuery.Builder()
                    .add(new FuzzyQuery(term, MatchQuality.maxEdits(token), 1, MAX_FUZZY_EXPANSIONS, true), Occur.SHOULD)
                    .add(new PrefixQuery(term), Occur.SHOULD).build());
            closeToAName.put(token, q);
        }
        return q;
    }

    /** Whether some name word starts with the token: one seek in the names' term dictionary. */
    private boolean startsAName(String token) throws IOException {
        Terms names = MultiTerms.getTerms(searcher.getIndexReader(), NAMES);
        if (names == null) {
            return false;
        }
        TermsEnum words = names.iterator();
        BytesRef prefix = new BytesRef(token);
        return words.seekCeil(prefix) != TermsEnum.SeekStatus.END && StringHelper.startsWith(words.term(), prefix);
    }

    /** Collects name documents of one tier; true when the page is full. */
    private boolean names(Query query, int tier, Sort sort) throws IOException {
        return collect(query, sort, doc -> {
            String kind = doc.get(KIND);
            String text = doc.get(TEXT);
            return new Match(resource(doc), text, kind, tier * 3 + MatchQuality.kindRank(kind),
                    degree(doc), MatchQuality.coverage(needle, text));
        });
    }

    /** Collects resource documents of one tier, better-connected first, then the shorter text shown; true when full. */
    private boolean resources(Query query, int tier) throws IOException {
        String text = tier == 4 ? DESCRIBED : SHOWN;
        Sort sort = new Sort(new SortField(DEGREE, SortField.Type.LONG, true),
                new SortField(tier == 4 ? DESCRIBED_LENGTH : SHOWN_LENGTH, SortField.Type.LONG),
                new SortField(text, SortField.Type.STRING), new SortField(IRI, SortField.Type.STRING));
        String kind = switch (tier) {
            case 4 -> "description";
            case 5 -> "fuzzy";
            default -> "partial";
        };
        return collect(query, sort, doc -> new Match(resource(doc), doc.get(text), kind, tier * 3,
                degree(doc), 0));
    }

    private interface Rating {
        Match of(Document doc);
    }

    private boolean collect(Query tierQuery, Sort sort, Rating rating) throws IOException {
        Query query = tierQuery;
        if (type != null) {
            query = new BooleanQuery.Builder().add(tierQuery, Occur.MUST)
                    .add(new TermQuery(new Term(TYPE, type.getURI())), Occur.FILTER).build();
        }
        // A resource has a few names, so a page a little larger than what is missing nearly always suffices.
        int page = Math.max(16, 3 * (limit - found.size()));
        FieldDoc after = null;
        while (found.size() < limit) {
            TopFieldDocs top = after == null ? searcher.search(query, page, sort, false)
                    : searcher.searchAfter(after, query, page, sort, false);
            for (ScoreDoc hit : top.scoreDocs) {
                Document doc = searcher.storedFields().document(hit.doc);
                if (seen.add(doc.get(IRI))) {
                    found.add(rating.of(doc));
                    if (found.size() == limit) {
                        return true;
                    }
                }
            }
            if (top.scoreDocs.length < page) {
                return false;
            }
            after = (FieldDoc) top.scoreDocs[top.scoreDocs.length - 1];
        }
        return true;
    }

    private static Node resource(Document doc) {
        return NodeFactory.createURI(doc.get(IRI));
    }

    private static int degree(Document doc) {
        return doc.getField(DEGREE_VALUE).numericValue().intValue();
    }

    private static String escapeWildcards(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '*' || c == '?' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The within-tier order of a name match as one number: kind of name (label, alternative label, id), then the
     * share of the name the text covers in tenths (more first), then links (more first), then the name's length.
     */
    static final class NameOrder extends DoubleValuesSource {

        private static final double DEGREES = 1L << 31;
        private static final double LENGTHS = 1L << 12;

        private final int needleLength;

        NameOrder(int needleLength) {
            this.needleLength = needleLength;
        }

        @Override
        public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
            NumericDocValues kind = DocValues.getNumeric(ctx.reader(), KIND_RANK);
            NumericDocValues length = DocValues.getNumeric(ctx.reader(), LENGTH);
            NumericDocValues degree = DocValues.getNumeric(ctx.reader(), NAME_DEGREE);
            return new DoubleValues() {
                private double value;

                @Override
                public double doubleValue() {
                    return value;
                }

                @Override
                public boolean advanceExact(int doc) throws IOException {
                    if (!kind.advanceExact(doc) || !length.advanceExact(doc) || !degree.advanceExact(doc)) {
                        value = Double.MAX_VALUE;
                        return true;
                    }
                    long len = length.longValue();
                    long coverage = len == 0 ? 0 : Math.min(10, 10L * needleLength / len);
                    long links = Math.min(degree.longValue(), (1L << 31) - 1);
                    value = ((kind.longValue() * 11 + (10 - coverage)) * DEGREES + (DEGREES - 1 - links)) * LENGTHS
                            + Math.min(len, (long) LENGTHS - 1);
                    return true;
                }
            };
        }

        @Override
        public boolean needsScores() {
            return false;
        }

        @Override
        public DoubleValuesSource rewrite(IndexSearcher reader) {
            return this;
        }

        @Override
        public boolean isCacheable(LeafReaderContext ctx) {
            return DocValues.isCacheable(ctx, KIND_RANK, LENGTH, NAME_DEGREE);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof NameOrder other && other.needleLength == needleLength;
        }

        @Override
        public int hashCode() {
            return Objects.hash(NameOrder.class, needleLength);
        }

        @Override
        public String toString() {
            return "nameOrder(" + needleLength + ")";
        }
    }
}
