package org.internkg.graph;

import java.net.URI;
import java.time.Duration;

/**
 * A remote SPARQL 1.1 server as the store ({@code internkg.store.remote.*}; each key also as an environment variable
 * such as {@code INTERNKG_STORE_REMOTE_QUERY_URL}).
 *
 * @param queryUrl          the SPARQL query endpoint, such as {@code http://fuseki:3030/ikg/query}
 * @param updateUrl         the SPARQL update endpoint ({@code …/update}); needed for writes
 * @param gspUrl            the Graph Store Protocol endpoint ({@code …/data}); needed for writes and downloads of whole graphs
 * @param username          user for HTTP basic authentication, if the server asks for one
 * @param password          that user's password
 * @param unionGraph        the graph name under which the server offers the union of its named graphs; a query whose
 *                          client named no dataset reads its pattern from it ({@code urn:x-arq:UnionGraph} for Fuseki
 *                          and other Jena servers)
 * @param defaultGraphIsUnion the server's default graph already is the union of the named graphs (for example Fuseki
 *                          with {@code tdb2:unionDefaultGraph true}): ask for nothing
 * @param connectTimeout    how long to wait for a connection before answering 502
 * @param timeout           how long to wait for an answer before answering 504
 * @param revisionTtl       how long the store revision read from the server is trusted; 0 reads it on every request
 *                          (caches keyed on it are then always current)
 */
public record RemoteStoreProperties(URI queryUrl, URI updateUrl, URI gspUrl, String username, String password,
                                    String unionGraph, Boolean defaultGraphIsUnion, Duration connectTimeout,
                                    Duration timeout, Duration revisionTtl) {

    public RemoteStoreProperties {
        unionGraph = unionGraph == null ? "urn:x-arq:UnionGraph" : unionGraph;
        defaultGraphIsUnion = defaultGraphIsUnion != null && defaultGraphIsUnion;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        revisionTtl = revisionTtl == null ? Duration.ofSeconds(2) : revisionTtl;
    }

    /** The Fuseki layout: {@code base/query}, {@code base/update}, {@code base/data} for a dataset URL such as {@code http://host:3030/ikg}. */
    public static RemoteStoreProperties fuseki(String datasetUrl, String username, String password) {
        String base = datasetUrl.endsWith("/") ? datasetUrl.substring(0, datasetUrl.length() - 1) : datasetUrl;
        return new RemoteStoreProperties(URI.create(base + "/query"), URI.create(base + "/update"), URI.create(base + "/data"),
                username, password, null, null, null, null, null);
    }

    boolean hasCredentials() {
        return username != null && !username.isBlank();
    }
}
