package org.internkg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.internkg.graph.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The full-text index of the knowledge base, in memory (a {@link ByteBuffersDirectory}: the data is a few
 * thousand resources, so a rebuild takes a fraction of a second and nothing has to be kept on disk). It is built
 * on the first search and rebuilt whenever {@link KnowledgeBase#revision()} has moved, so it follows every write
 * without hooks in the store.
 *
 * <p>Lucene finds the candidates (words, Chinese bigrams, prefixes, substrings of names and, for Latin words,
 * one or two typos); the ranking is ours and explicit: exact name, then prefix, then all words in a name, then
 * substring, then words found in a description, then typo matches, then partial matches; among equals the
 * better-connected resource first.
 */
@Component
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final String IRI = "iri";
    private static final String NAME = "name";
    private static final String NAME_EXACT = "nameExact";
    private static final String TEXT = "text";

    private final KnowledgeBase kb;
    private volatile Snapshot snapshot;

    public SearchIndex(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** How well a resource matched: lower is better ({@code quality} 0 exact … 6 partial). */
    public record Match(Node resource, String matched, String kind, int quality, int degree, int coverage) {
    }

    private record Snapshot(long revision, IndexSearcher searcher, Map<String, SearchEntries.Entry> entries) {
    }

    /**
     * Quality first; then how much of the matched name the text covers, in tenths (书生 is nearer to 书生·浦语
     * than to 书生·浦语大模型实战营); then the better-connected resource.
     */
    private static final Comparator<Match> ORDER = Comparator.comparingInt(Match::quality)
            .thenComparing(Comparator.comparingInt(Match::coverage).reversed())
            .thenComparing(Comparator.comparingInt(Match::degree).reversed())
            .thenComparingInt(m -> m.matched().length())
            .thenComparing(Match::matched)
            .thenComparing(m -> m.resource().getURI());

    /**
     * Resources matching {@code text}, best first; {@code type} (nullable) keeps resources of that class only.
     */
    public List<Match> search(String text, Node type, int limit) {
        Snapshot s = current();
        String needle = text.strip().toLowerCase(Locale.ROOT);
        List<String> tokens = SearchAnalyzer.tokens(needle);
        List<Match> matches = new ArrayList<>();
        try {
            Query query = query(needle, tokens);
            for (ScoreDoc hit : s.searcher().search(query, Math.max(1, s.searcher().getIndexReader().maxDoc())).scoreDocs) {
                String iri = s.searcher().storedFields().document(hit.doc).get(IRI);
                SearchEntries.Entry entry = s.entries().get(iri);
                if (entry == null || (type != null && !entry.types().contains(type))) {
                    continue;
                }
                Match m = MatchQuality.rate(entry, needle, tokens);
                if (m != null) {
                    matches.add(m);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        matches.sort(ORDER);
        return matches.subList(0, Math.min(limit, matches.size()));
    }

    /** The revision the index was last built from (0 before the first search). */
    public long indexedRevision() {
        Snapshot s = snapshot;
        return s == null ? 0 : s.revision();
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s != null && s.revision() == kb.revision()) {
            return s;
        }
        synchronized (this) {
            s = snapshot;
            long revision = kb.revision();
            if (s == null || s.revision() != revision) {
                s = build(revision);
                snapshot = s;
            }
            return s;
        }
    }

    private Snapshot build(long revision) {
        long start = System.nanoTime();
        Map<String, SearchEntries.Entry> entries = kb.read(SearchEntries::read);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzer.ANALYZER))) {
            for (SearchEntries.Entry e : entries.values()) {
                Document doc = new Document();
                doc.add(new StringField(IRI, e.resource().getURI(), Field.Store.YES));
                for (SearchEntries.Name n : e.names()) {
                    doc.add(new TextField(NAME, n.text(), Field.Store.NO));
                    doc.add(new StringField(NAME_EXACT, n.text().toLowerCase(Locale.ROOT), Field.Store.NO));
                }
                for (String d : e.descriptions()) {
                    doc.add(new TextField(TEXT, d, Field.Store.NO));
                }
                writer.addDocument(doc);
            }
            writer.commit();
            Snapshot s = new Snapshot(revision, new IndexSearcher(DirectoryReader.open(directory)), entries);
            log.info("Search index built: {} resources at revision {} in {} ms", entries.size(), revision,
                    (System.nanoTime() - start) / 1_000_000);
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index", e);
        }
    }

    /** Any word of the text as a word, a prefix or (Latin, four letters or more) a typo; or the text inside a name. */
    private static Query query(String needle, List<String> tokens) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : tokens) {
            b.add(new BoostQuery(new TermQuery(new Term(NAME, t)), 4), Occur.SHOULD);
            b.add(new TermQuery(new Term(TEXT, t)), Occur.SHOULD);
            b.add(new BoostQuery(new PrefixQuery(new Term(NAME, t)), 2), Occur.SHOULD);
            if (SearchAnalyzer.isLatin(t) && t.length() >= 4) {
                b.add(new FuzzyQuery(new Term(NAME, t), MatchQuality.maxEdits(t), 1), Occur.SHOULD);
            }
        }
        b.add(new WildcardQuery(new Term(NAME_EXACT, "*" + escapeWildcards(needle) + "*")), Occur.SHOULD);
        return b.build();
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
}
