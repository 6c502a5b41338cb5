package org.internkg.graph;

import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.tdb2.TDB2Factory;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real Apache Jena Fuseki on the loopback interface, with a TDB2 dataset of its own whose default graph is NOT the
 * union of the named graphs (Fuseki's default), so InternKG must ask for the union. Filled through InternKG
 * ({@link RemoteKnowledgeBase#loadIntoEmpty}, what {@code load --remote} runs). Can be stopped and started again on
 * the same port with the same data, for outage tests.
 */
public final class FusekiStore implements AutoCloseable {

    private final DatasetGraph data = TDB2Factory.createDataset().asDatasetGraph();
    private FusekiServer server;
    private int port;

    private FusekiStore() {
        start(0);
    }

    /** A new server with an empty dataset. */
    public static FusekiStore empty() {
        return new FusekiStore();
    }

    /** A new server holding the bundled knowledge base and {@code additionalData} (Spring resource locations). */
    public static FusekiStore withKnowledgeBase(String... additionalData) {
        FusekiStore store = new FusekiStore();
        store.load(List.of(additionalData));
        return store;
    }

    private void start(int requestedPort) {
        server = FusekiServer.create().loopback(true).port(requestedPort).add("/ikg", data).build().start();
        port = server.getHttpPort();
    }

    /** Fills the empty store through InternKG, as {@code load --remote} does. */
    public void load(List<String> additionalData) {
        DatasetGraph all = DatasetGraphFactory.createTxnMem();
        KnowledgeBase local = KnowledgeBase.inMemory();
        try {
            BundledData bundled = new BundledData();
            bundled.loadInto(local);
            additionalData.forEach(location -> bundled.loadInto(local, location));
            local.read(ds -> {
                ds.asDatasetGraph().find().forEachRemaining(all::add);
                return null;
            });
        } finally {
            local.close();
        }
        try (RemoteKnowledgeBase remote = new RemoteKnowledgeBase(properties())) {
            remote.loadIntoEmpty(all);
        }
    }

    public String datasetUrl() {
        return "http://127.0.0.1:" + port + "/ikg";
    }

    public RemoteStoreProperties properties() {
        return RemoteStoreProperties.fuseki(datasetUrl(), null, null);
    }

    /** Points a Spring test application at this store: {@code internkg.store.mode=remote} and the three endpoints. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("internkg.store.mode", () -> "remote");
        registry.add("internkg.store.remote.query-url", () -> datasetUrl() + "/query");
        registry.add("internkg.store.remote.update-url", () -> datasetUrl() + "/update");
        registry.add("internkg.store.remote.gsp-url", () -> datasetUrl() + "/data");
    }

    /** Takes the server down: connections to its port are refused. */
    public void stop() {
        server.stop();
    }

    /** Brings it back on the same port with the same data. */
    public void restart() {
        start(port);
    }

    /** How many quads the server holds in named graphs, read directly from its dataset. */
    public long namedQuads() {
        return org.apache.jena.system.Txn.calculateRead(data, () -> {
            long n = 0;
            var it = data.findNG(null, null, null, null);
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    @Override
    public void close() {
        server.stop();
        data.close();
    }
}
