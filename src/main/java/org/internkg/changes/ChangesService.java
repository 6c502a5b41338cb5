package org.internkg.changes;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.internkg.graph.KnowledgeBase;
import org.internkg.graph.StoreProperties;
import org.internkg.harvest.HarvestArchive;
import org.springframework.stereotype.Service;

/**
 * The changes between two versions for the web: data releases, source versions (live, or archived beside an on-disk
 * store) and {@code live}, never files. Answers are kept for the last few pairs until the store revision moves, since
 * reading a release means parsing it.
 */
@Service
public class ChangesService {

    private static final int KEPT = 8;

    private final KnowledgeBase knowledgeBase;
    private final ReleaseCatalogue releases;
    private final HarvestArchive archive;
    private final Map<String, ChangesJson> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ChangesJson> eldest) {
            return size() > KEPT;
        }
    };

    ChangesService(KnowledgeBase knowledgeBase, ReleaseCatalogue releases, StoreProperties store) {
        this.knowledgeBase = knowledgeBase;
        this.releases = releases;
        this.archive = store.location() == null ? HarvestArchive.none() : HarvestArchive.of(store.location());
    }

    public ChangesJson between(String from, String to) {
        String key = knowledgeBase.revision() + "\n" + from + "\n" + to;
        synchronized (cache) {
            ChangesJson kept = cache.get(key);
            if (kept != null) {
                return kept;
            }
        }
        VersionResolver resolver = new VersionResolver(releases, this::live, knowledgeBase.lastModified().toString(), archive, false);
        ChangesJson answer = ChangesJson.of(ChangeSet.between(resolver.resolve(from), resolver.resolve(to)));
        synchronized (cache) {
            cache.put(key, answer);
        }
        return answer;
    }

    public HarvestArchive archive() {
        return archive;
    }

    private DatasetGraph live() {
        return knowledgeBase.read(ds -> {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            ds.asDatasetGraph().find().forEachRemaining(copy::add);
            return copy;
        });
    }
}
