package org.internkg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;

/**
 * The knowledge base on an existing SPARQL 1.1 server (query, update and Graph Store Protocol endpoints, through
 * Jena's {@link RDFConnection}). This process keeps no state of its own, so any number of instances can run side by
 * side behind a load balancer:
 * <ul>
 * <li>reads: whole queries go to the server ({@link StoreQueries}); graph walks become one SELECT per pattern
 *     ({@link RemoteDatasetGraph});</li>
 * <li>writes: the store is copied into a scratch TDB2 dataset, changed and validated there exactly as in the
 *     embedded store, and only the graphs that changed are sent back as Graph Store PUT or DELETE;</li>
 * <li>the revision that caches key on is a triple in the server's default graph
 *     ({@code <urn:internkg:store> <urn:internkg:revision> n}), moved on by every write, read at most once per
 *     {@code revision-ttl}.</li>
 * </ul>
 * Failures to reach the server become {@link StoreUnavailableException} (502, 504) with the reason.
 */
public final class RemoteKnowledgeBase implements KnowledgeBase {

    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    private final RemoteStoreProperties properties;
    private final HttpClient http;
    private final RDFConnection connection;
    private final Dataset dataset;
    private final Object writeLock = new Object();
    private volatile StoreState state;

    private record StoreState(long revision, Instant modified, long readAtNanos) {
    }

    public RemoteKnowledgeBase(RemoteStoreProperties properties) {
        this.properties = properties;
        // HTTP/1.1: the HTTP/2 upgrade of a plain-http POST can stall on some servers (Jetty 12 under Fuseki).
        HttpClient.Builder client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout()).followRedirects(HttpClient.Redirect.NORMAL);
        if (properties.hasCredentials()) {
            String password = properties.password() == null ? "" : properties.password();
            client.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(properties.username(), password.toCharArray());
                }
            });
        }
        this.http = client.build();
        org.apache.jena.rdfconnection.RDFConnectionRemoteBuilder builder = RDFConnectionRemote.newBuilder().httpClient(http)
                .queryEndpoint(properties.queryUrl().toString());
        if (properties.updateUrl() != null) {
            builder.updateEndpoint(properties.updateUrl().toString());
        }
        if (properties.gspUrl() != null) {
            builder.gspEndpoint(properties.gspUrl().toString());
        }
        this.connection = builder.build();
        this.dataset = DatasetFactory.wrap(new RemoteDatasetGraph(this));
    }

    /** The server, for messages: its query endpoint's scheme, host and port. */
    String where() {
        java.net.URI q = properties.queryUrl();
        return q.getScheme() + "://" + q.getAuthority();
    }

    @Override
    public <T> T read(Function<Dataset, T> action) {
        return guarded(() -> action.apply(dataset));
    }

    @Override
    public void write(Consumer<Dataset> action) {
        if (properties.updateUrl() == null || properties.gspUrl() == null) {
            throw new IllegalStateException("writing to the remote store needs internkg.store.remote.update-url and gsp-url");
        }
        synchronized (writeLock) {
            Map<Node, Set<Triple>> before = guarded(this::graphs);
            KnowledgeBase scratch = KnowledgeBase.inMemory();
            try {
                scratch.write(ds -> before.forEach((name, triples) ->
                        triples.forEach(t -> ds.asDatasetGraph().add(name, t.getSubject(), t.getPredicate(), t.getObject()))));
                scratch.write(action);
                Map<Node, Set<Triple>> after = scratch.read(ds -> graphsOf(ds.asDatasetGraph()));
                guarded(() -> {
                    sendWithin(properties.timeout(), before, after);
                    return null;
                });
            } finally {
                scratch.close();
            }
        }
    }

    /**
     * {@link #send} within {@code limit}: Jena's Graph Store client sets no answer timeout, and a store that accepts
     * the connection but never answers must give the writer a 504, not a hang. The revision moves only after every
     * graph was sent, so readers never take a partly sent write for a new revision.
     */
    private void sendWithin(Duration limit, Map<Node, Set<Triple>> before, Map<Node, Set<Triple>> after) {
        FutureTask<Void> sending = new FutureTask<>(() -> {
            send(before, after);
            return null;
        });
        Thread worker = new Thread(sending, "internkg-remote-write");
        worker.setDaemon(true);
        worker.start();
        try {
            sending.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            sending.cancel(true);
            throw new StoreUnavailableException(HttpStatus.GATEWAY_TIMEOUT, "the SPARQL store at " + where()
                    + " did not answer the write within " + limit.toSeconds() + " s; graphs sent before that may be"
                    + " replaced there, the store revision was not moved", e);
        } catch (InterruptedException e) {
            sending.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing to the SPARQL store at " + where(), e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** Graph Store PUT of each graph that changed, DELETE of each that is gone, then the revision moves on. */
    private void send(Map<Node, Set<Triple>> before, Map<Node, Set<Triple>> after) {
        boolean changed = false;
        for (Map.Entry<Node, Set<Triple>> graph : after.entrySet()) {
            if (!graph.getValue().equals(before.get(graph.getKey()))) {
                Graph content = GraphFactory.createDefaultGraph();
                graph.getValue().forEach(content::add);
                connection.put(graph.getKey().getURI(), ModelFactory.createModelForGraph(content));
                changed = true;
            }
        }
        for (Node gone : before.keySet()) {
            if (!after.containsKey(gone)) {
                connection.delete(gone.getURI());
                changed = true;
            }
        }
        if (changed) {
            bumpRevision();
        }
    }

    private void bumpRevision() {
        UpdateRequest update = UpdateFactory.create(text("remote-bump-revision.ru"));
        connection.update(update);
        state = null;
    }

    /** Every named graph with its triples, read in one query. */
    private Map<Node, Set<Triple>> graphs() {
        Map<Node, Set<Triple>> graphs = new HashMap<>();
        for (Binding row : selectRaw("remote-find.rq", BindingFactory.empty())) {
            graphs.computeIfAbsent(row.get("g"), g -> new HashSet<>())
                    .add(Triple.create(row.get("s"), row.get("p"), row.get("o")));
        }
        return graphs;
    }

    private static Map<Node, Set<Triple>> graphsOf(DatasetGraph dsg) {
        Map<Node, Set<Triple>> graphs = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!q.isDefaultGraph()) {
                graphs.computeIfAbsent(q.getGraph(), g -> new HashSet<>()).add(q.asTriple());
            }
        });
        return graphs;
    }

    /**
     * Puts a whole dataset into an empty store (the {@code load} command): one Graph Store PUT per named graph, then
     * the revision. Refuses a store that already holds data, so nothing is overwritten by accident.
     */
    public int loadIntoEmpty(DatasetGraph data) {
        if (!isEmpty()) {
            throw new IllegalStateException("the remote store at " + where() + " already holds data; "
                    + "load fills an empty store only (clear it, or send single graphs through a running InternKG's /data)");
        }
        Map<Node, Set<Triple>> graphs = graphsOf(data);
        guarded(() -> {
            send(Map.of(), graphs);
            return null;
        });
        return graphs.size();
    }

    @Override
    public long revision() {
        return state().revision();
    }

    @Override
    public Instant lastModified() {
        return state().modified();
    }

    private StoreState state() {
        StoreState known = state;
        long now = System.nanoTime();
        if (known != null && now - known.readAtNanos() < properties.revisionTtl().toNanos()) {
            return known;
        }
        List<Binding> rows = guarded(() -> selectRaw("remote-revision.rq", BindingFactory.empty()));
        StoreState fresh;
        if (rows.isEmpty() || rows.get(0).get("revision") == null || !rows.get(0).get("revision").isLiteral()) {
            // No revision triple (a store written by other means, or a default graph that is the union): the
            // revision is then the time window, so caches last at most one revision-ttl.
            long ttl = Math.max(1, properties.revisionTtl().toMillis());
            fresh = new StoreState(System.currentTimeMillis() / ttl, Instant.now(), now);
        } else {
            Binding row = rows.get(0);
            long revision = ((Number) row.get("revision").getLiteralValue()).longValue();
            Node modified = row.get("modified");
            Instant at = modified != null && modified.getLiteralValue() instanceof XSDDateTime time
                    ? time.asCalendar().toInstant() : Instant.EPOCH;
            fresh = new StoreState(revision, at, now);
        }
        state = fresh;
        return fresh;
    }

    @Override
    public boolean isEmpty() {
        return !guarded(() -> askRaw("remote-has-graph.rq", BindingFactory.empty()));
    }

    @Override
    public boolean isOnDisk() {
        return false;
    }

    @Override
    public Dataset dataset() {
        return dataset;
    }

    @Override
    public void close() {
        connection.close();
    }

    /** A query over the data: the union of the named graphs as default graph, unless the server already offers that. */
    QueryExecutionBuilder newQuery() {
        QueryExecutionHTTPBuilder builder = QueryExecutionHTTP.service(properties.queryUrl().toString()).httpClient(http)
                .timeout(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
        return properties.defaultGraphIsUnion() ? builder : new UnionGraphQuery(builder, properties.unionGraph());
    }

    /**
     * A query as the public endpoint received it: the client's own dataset ({@code FROM}, {@code default-graph-uri})
     * is passed on as it is; without one, the union of the named graphs.
     */
    public QueryExecBuilder newQueryExec(Query query, DatasetDescription description, long timeoutMillis) {
        QueryExecHTTPBuilder builder = QueryExecHTTP.service(properties.queryUrl().toString()).httpClient(http)
                .timeout(Math.min(timeoutMillis, properties.timeout().toMillis()), TimeUnit.MILLISECONDS);
        if (description != null) {
            description.getDefaultGraphURIs().forEach(builder::addDefaultGraphURI);
            description.getNamedGraphURIs().forEach(builder::addNamedGraphURI);
            return builder.query(query);
        }
        return builder.query(properties.defaultGraphIsUnion() ? query : UnionGraphQuery.overUnion(query, properties.unionGraph()));
    }

    /** Rows of one of this package's queries, against the server's own dataset (no union asked for). */
    List<Binding> selectRaw(String name, Binding substitution) {
        try (QueryExecHTTP exec = rawQuery(name, substitution)) {
            RowSet rows = exec.select();
            List<Binding> list = new ArrayList<>();
            rows.forEachRemaining(list::add);
            return list;
        }
    }

    boolean askRaw(String name, Binding substitution) {
        try (QueryExecHTTP exec = rawQuery(name, substitution)) {
            return exec.ask();
        }
    }

    private QueryExecHTTP rawQuery(String name, Binding substitution) {
        return QueryExecHTTP.service(properties.queryUrl().toString()).httpClient(http).query(text(name))
                .substitution(substitution).timeout(properties.timeout().toMillis(), TimeUnit.MILLISECONDS).build();
    }

    private static String text(String name) {
        return TEXTS.computeIfAbsent(name, n -> {
            try (InputStream in = new ClassPathResource("org/internkg/graph/" + n).getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + n, e);
            }
        });
    }

    /** {@code e} as users should see it when it is a failure to reach the server, else {@code null}. */
    public StoreUnavailableException unavailable(RuntimeException e) {
        return StoreUnavailableException.from(e, where(), properties.timeout());
    }

    /** Runs {@code action}, turning a failure to reach the server into a {@link StoreUnavailableException}. */
    private <T> T guarded(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            StoreUnavailableException unavailable = unavailable(e);
            throw unavailable != null ? unavailable : e;
        }
    }
}
