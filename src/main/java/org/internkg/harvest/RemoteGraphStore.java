package org.internkg.harvest;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.http.GSP;

/**
 * Sends a harvested graph to a running InternKG over the SPARQL 1.1 Graph Store Protocol
 * ({@code PUT /data?graph=IRI}, {@code Authorization: Bearer <internkg.write.token>}): the server validates and
 * stores it. The harvester does not write over HTTP in any other way.
 */
public final class RemoteGraphStore {

    private final String endpoint;
    private final String token;

    /**
     * @param endpoint the Graph Store endpoint, such as {@code http://localhost:8080/data}
     * @param token    the server's write token
     */
    public RemoteGraphStore(String endpoint, String token) {
        this.endpoint = endpoint;
        this.token = token;
    }

    /** Replaces the named graph on the server with this one. */
    public void put(Node graphName, Graph graph) {
        GSP request = GSP.service(endpoint).graphName(graphName.getURI());
        if (token != null && !token.isBlank()) {
            request = request.httpHeader("Authorization", "Bearer " + token);
        }
        request.PUT(graph);
    }
}
