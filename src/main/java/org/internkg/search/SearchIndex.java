package org.internkg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.internkg.graph.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * The full-text index of the knowledge base (Lucene), ranked inside Lucene by {@link RankedSearch}: a search reads
 * at most a page of hits, whatever the size of the store.
 *
 * <p>Where it lives: for an on-disk store in {@code <store>/search-index} (memory-mapped), stamped with the
 * {@link StoreStamp} of the store it was built from and reused at the next start when the stamp still matches;
 * otherwise (stale or missing) it is rebuilt. In-memory and remote stores keep it in memory.
 *
 * <p>Following writes: every write moves {@link KnowledgeBase#revision()}. A small index (up to
 * {@link #SYNCHRONOUS_REBUILD_MAX} resources: the bundled data, tests) is rebuilt by the next search, which then
 * sees the write. A large one is rebuilt on a background thread and swapped in when complete; searches meanwhile
 * answer from the previous index. Only the very first build of a store, when there is no index at all, makes
 * searches wait.
 */
@Component
public class SearchIndex {

    /** Up to this many resources a rebuild takes well under a second, and searches wait for it. */
    static final int SYNCHRONOUS_REBUILD_MAX = 20_000;

    static final String INDEX_DIRECTORY = "search-index";
    private static final String STAMP = "store-stamp";
    private static final String RESOURCES = "resources";
    private static final String FORMAT = "format";
    /** Bumped whenever the documents change shape, so an index written by an older version is rebuilt. */
    private static final String FORMAT_VERSION = "2";
    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final KnowledgeBase kb;
    private final Optional<Path> directory;
    private final int synchronousRebuildMax;
    private final Object buildLock = new Object();
    private final AtomicBoolean rebuildQueued = new AtomicBoolean();
    private final AtomicLong builds = new AtomicLong();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-index-rebuild");
        t.setDaemon(true);
        return t;
    });
    private volatile Snapshot snapshot;
    private volatile boolean closed;

    @Autowired
    public SearchIndex(KnowledgeBase kb) {
        this(kb, SYNCHRONOUS_REBUILD_MAX);
    }

    SearchIndex(KnowledgeBase kb, int synchronousRebuildMax) {
        this.kb = kb;
        this.directory = kb.location().map(p -> p.resolve(INDEX_DIRECTORY));
        this.synchronousRebuildMax = synchronousRebuildMax;
    }

    /** How well a resource matched: lower is better ({@code quality} 0 exact … 6 partial). */
    public record Match(Node resource, String matched, String kind, int quality, int degree, int coverage) {
    }

    /**
     * What the index answers from: the store revision it follows, how many resources it holds, whether it was
     * {@code built} from the store or {@code reused} from disk, when, where (null: memory), and whether a newer
     * one is being built.
     */
    public record Status(long revision, int resources, String origin, Instant since, Path directory, boolean rebuilding) {
    }

    private record Snapshot(long revision, DirectoryReader reader, IndexSearcher searcher, int resources, String origin,
                            Instant since) {
    }

    /**
     * Resources matching {@code text}, best first; {@code type} (nullable) keeps resources of that class only.
     */
    public List<Match> search(String text, Node type, int limit) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        List<String> tokens = SearchAnalyzer.tokens(needle);
        return withSearcher(searcher -> new RankedSearch(searcher, needle, tokens, type, limit).run());
    }

    /** A resource and how many links it has to other resources (types aside), in and out. */
    public record Connected(Node resource, int degree) {
    }

    /**
     * The best-connected resources, most links first: at most {@code max}, each with {@code minDegree} links or
     * more (read from the index's degree field, so no store scan).
     */
    public List<Connected> bestConnected(int minDegree, int max) {
        return withSearcher(searcher -> {
            Sort byDegree = new Sort(new SortField(SearchDocuments.DEGREE, SortField.Type.LONG, true),
                    new SortField(SearchDocuments.IRI, SortField.Type.STRING));
            TopFieldDocs top = searcher.search(LongPoint.newRangeQuery(SearchDocuments.DEGREE, minDegree, Long.MAX_VALUE),
                    max, byDegree, false);
            List<Connected> out = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                Document doc = searcher.storedFields().document(hit.doc);
                out.add(new Connected(NodeFactory.createURI(doc.get(SearchDocuments.IRI)),
                        doc.getField(SearchDocuments.DEGREE_VALUE).numericValue().intValue()));
            }
            return out;
        });
    }

    private interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        while (true) {
            Snapshot s = current();
            if (!s.reader().tryIncRef()) {
                continue; // swapped and closed meanwhile: take the newer one
            }
            try {
                return work.run(s.searcher());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                decRef(s.reader());
            }
        }
    }

    /** The revision the index was last built from (0 before the first search). */
    public long indexedRevision() {
        Snapshot s = snapshot;
        return s == null ? 0 : s.revision();
    }

    /** The index now answering, or empty before it is first opened. */
    public Optional<Status> status() {
        Snapshot s = snapshot;
        return s == null ? Optional.empty()
                : Optional.of(new Status(s.revision(), s.resources(), s.origin(), s.since(), directory.orElse(null), rebuildQueued.get()));
    }

    /** How many times the index was built by reading the store (reuse from disk does not count). */
    long builds() {
        return builds.get();
    }

    /** Opens (reuses or builds) the index now rather than on the first search: the start-up warm-up. */
    void open() {
        current();
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        long revision = kb.revision();
        if (s != null && s.revision() == revision) {
            return s;
        }
        if (s != null && s.resources() > synchronousRebuildMax) {
            rebuildInBackground();
            return s;
        }
        synchronized (buildLock) {
            s = snapshot;
            if (s == null || s.revision() != kb.revision()) {
                s = s == null ? reuseOrBuild() : build();
            }
            return s;
        }
    }

    private void rebuildInBackground() {
        if (rebuildQueued.compareAndSet(false, true)) {
            background.execute(() -> {
                try {
                    synchronized (buildLock) {
                        rebuildQueued.set(false);
                        if (snapshot == null || snapshot.revision() != kb.revision()) {
                            build();
                        }
                    }
                } catch (RuntimeException e) {
                    // The store may close under us when the application stops; the next search tries again.
                    log.warn("Search index rebuild failed: {}", e.getMessage());
                }
            });
        }
    }

    /** At the first open of an on-disk store: the index on disk when its stamp matches the store, else a new one. */
    private Snapshot reuseOrBuild() {
        if (directory.isPresent() && Files.isDirectory(directory.get())) {
            long revision = kb.revision();
            String stamp = StoreStamp.of(kb.location().orElseThrow());
            try {
                Directory dir = FSDirectory.open(directory.get());
                if (DirectoryReader.indexExists(dir)) {
                    DirectoryReader reader = DirectoryReader.open(dir);
                    Map<String, String> data = reader.getIndexCommit().getUserData();
                    if (stamp != null && stamp.equals(data.get(STAMP)) && FORMAT_VERSION.equals(data.get(FORMAT))) {
                        int resources = Integer.parseInt(data.getOrDefault(RESOURCES, "0"));
                        log.info("Search index reused from {}: {} resources, the store is unchanged since it was built",
                                directory.get(), resources);
                        return swap(new Snapshot(revision, reader, searcher(reader), resources, "reused", Instant.now()));
                    }
                    reader.close();
                    log.info("Search index in {} is stale (the store changed since it was built): rebuilding", directory.get());
                }
            } catch (IOException | RuntimeException e) {
                log.warn("Search index in {} is unreadable ({}): rebuilding", directory.get(), e.getMessage());
            }
        }
        return build();
    }

    /** Reads the store once and writes a fresh index, then swaps it in; the caller holds {@link #buildLock}. */
    private Snapshot build() {
        long start = System.nanoTime();
        // Revision and stamp are taken before the read: a write in between makes the index look older than it is
        // (a needless rebuild later), never newer.
        long revision = kb.revision();
        String stamp = directory.isPresent() ? StoreStamp.of(kb.location().orElseThrow()) : null;
        try {
            Directory dir = directory.isPresent() ? FSDirectory.open(directory.get()) : new ByteBuffersDirectory();
            IndexWriterConfig config = new IndexWriterConfig(SearchDocuments.ANALYZER)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(32);
            int resources;
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                int[] count = {0};
                kb.read(ds -> {
                    SearchEntries.forEach(ds, e -> {
                        if (closed) {
                            throw new IllegalStateException("the application is stopping");
                        }
                        try {
                            writer.addDocuments(SearchDocuments.of(e));
                        } catch (IOException ex) {
                            throw new UncheckedIOException(ex);
                        }
                        count[0]++;
                    });
                    return null;
                });
                resources = count[0];
                if (resources > synchronousRebuildMax) {
                    writer.forceMerge(1); // one segment: the fastest to search, written once per build
                }
                writer.setLiveCommitData(Map.of(STAMP, stamp == null ? "" : stamp, RESOURCES, String.valueOf(resources),
                        FORMAT, FORMAT_VERSION).entrySet());
                writer.commit();
            }
            DirectoryReader reader = DirectoryReader.open(dir);
            builds.incrementAndGet();
            log.info("Search index built: {} resources at revision {} in {} ms{}", resources, revision,
                    (System.nanoTime() - start) / 1_000_000, directory.map(d -> ", kept in " + d).orElse(", in memory"));
            return swap(new Snapshot(revision, reader, searcher(reader), resources, "built", Instant.now()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index", e);
        }
    }

    /** No query cache: searches differ from each other, and caching the big postings of common words costs more than it saves. */
    private static IndexSearcher searcher(DirectoryReader reader) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
        return searcher;
    }

    private Snapshot swap(Snapshot next) {
        Snapshot previous = snapshot;
        snapshot = next;
        if (previous != null) {
            decRef(previous.reader());
        }
        return next;
    }

    private static void decRef(DirectoryReader reader) {
        try {
            reader.decRef();
        } catch (IOException e) {
            log.debug("closing a search index reader: {}", e.getMessage());
        }
    }

    /** Stops a rebuild in progress (it is abandoned: the index on disk keeps its last complete commit). */
    @PreDestroy
    public void close() {
        closed = true;
        background.shutdownNow();
        Snapshot s = snapshot;
        snapshot = null;
        if (s != null) {
            decRef(s.reader());
        }
    }
}
