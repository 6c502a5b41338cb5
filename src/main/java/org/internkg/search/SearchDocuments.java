package org.internkg.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene documents of one {@link SearchEntries.Entry}: one <em>name document</em> per name (label,
 * alternative label, Hugging Face id), which the name tiers of the ranking search and sort on (exact, prefix,
 * all words, substring: a name document carries everything {@link MatchQuality} looks at for one name), and one
 * <em>resource document</em> with all names and descriptions together for the word, typo and partial tiers. Both
 * carry the IRI and the classes (the type filter). Everything a hit shows is stored, so a search reads no heap
 * map and no store.
 */
final class SearchDocuments {

    static final String IRI = "iri";
    static final String TYPE = "type";
    // Name documents.
    static final String EXACT = "exact";
    static final String COMPACT = "compact";
    static final String WORDS = "words";
    static final String GRAMS = "grams";
    static final String TEXT = "text";
    static final String KIND = "kind";
    static final String KIND_RANK = "kindRank";
    static final String LENGTH = "length";
    static final String NAME_DEGREE = "nameDegree";
    // Resource documents.
    static final String NAMES = "names";
    static final String ALL = "all";
    static final String DEGREE = "degree";
    static final String DEGREE_VALUE = "degreeValue";
    static final String SHOWN = "shown";
    static final String SHOWN_LENGTH = "shownLength";
    static final String DESCRIBED = "described";
    static final String DESCRIBED_LENGTH = "describedLength";

    /** Substrings are found through the name's overlapping three-letter pieces, in order (a phrase of grams). */
    static final int GRAM = 3;

    private static final int MAX_SORT_BYTES = 1000;

    /** The one analyzer of the index: {@link SearchAnalyzer} everywhere, three-grams of the lower-cased name in {@link #GRAMS}. */
    static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(SearchAnalyzer.ANALYZER, Map.of(GRAMS, new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer grams = new NGramTokenizer(GRAM, GRAM);
            return new TokenStreamComponents(grams);
        }
    }));

    private SearchDocuments() {
    }

    static List<Document> of(SearchEntries.Entry e) {
        List<Document> docs = new java.util.ArrayList<>();
        String iri = e.resource().getURI();
        for (SearchEntries.Name n : e.names()) {
            Document d = common(iri, e);
            String lower = n.text().toLowerCase(Locale.ROOT);
            d.add(new StringField(EXACT, lower, Field.Store.NO));
            d.add(new StringField(COMPACT, SearchAnalyzer.compact(n.text()), Field.Store.NO));
            d.add(new TextField(WORDS, n.text(), Field.Store.NO));
            d.add(new TextField(GRAMS, lower, Field.Store.NO));
            d.add(new StoredField(TEXT, n.text()));
            d.add(new SortedDocValuesField(TEXT, sortable(n.text())));
            d.add(new StoredField(KIND, n.kind()));
            d.add(new NumericDocValuesField(KIND_RANK, MatchQuality.kindRank(n.kind())));
            d.add(new NumericDocValuesField(LENGTH, n.text().length()));
            d.add(new NumericDocValuesField(NAME_DEGREE, e.degree()));
            docs.add(d);
        }
        Document r = common(iri, e);
        String shown = e.names().isEmpty() ? iri : e.names().get(0).text();
        String described = e.descriptions().isEmpty() ? shown : e.descriptions().get(0);
        for (SearchEntries.Name n : e.names()) {
            r.add(new TextField(NAMES, n.text(), Field.Store.NO));
            r.add(new TextField(ALL, n.text(), Field.Store.NO));
        }
        for (String d : e.descriptions()) {
            r.add(new TextField(ALL, d, Field.Store.NO));
        }
        r.add(new LongPoint(DEGREE, e.degree()));
        r.add(new NumericDocValuesField(DEGREE, e.degree()));
        r.add(new StoredField(SHOWN, shown));
        r.add(new SortedDocValuesField(SHOWN, sortable(shown)));
        r.add(new NumericDocValuesField(SHOWN_LENGTH, shown.length()));
        r.add(new StoredField(DESCRIBED, described));
        r.add(new SortedDocValuesField(DESCRIBED, sortable(described)));
        r.add(new NumericDocValuesField(DESCRIBED_LENGTH, described.length()));
        docs.add(r);
        return docs;
    }

    private static Document common(String iri, SearchEntries.Entry e) {
        Document d = new Document();
        d.add(new StringField(IRI, iri, Field.Store.YES));
        d.add(new SortedDocValuesField(IRI, sortable(iri)));
        d.add(new StoredField(DEGREE_VALUE, e.degree()));
        for (Node t : e.types()) {
            if (t.isURI()) {
                d.add(new StringField(TYPE, t.getURI(), Field.Store.NO));
            }
        }
        return d;
    }

    /** Doc values hold at most 32 KB a value; the sort needs far less to break ties. */
    private static BytesRef sortable(String text) {
        BytesRef b = new BytesRef(text);
        return b.length <= MAX_SORT_BYTES ? b : new BytesRef(b.bytes, b.offset, MAX_SORT_BYTES);
    }
}
