package org.internkg.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.internkg.graph.Ikg;
import org.internkg.graph.RdfSyntaxException;
import org.internkg.graph.StoreUnavailableException;
import org.internkg.security.RefusedRequestException;
import org.internkg.security.UntrustedRdf;
import org.internkg.security.WriteAuthorization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /data}, write side of the Graph Store Protocol: PUT replaces, POST adds to, DELETE removes one source
 * graph ({@code ?graph=IRI}, under {@code https://w3id.org/internkg/id/source/}). Every write needs the bearer
 * token; the body is read by {@link UntrustedRdf} and applied by {@link GraphStoreWriter} in one validated
 * transaction. {@code ?default} is the union of all graphs and cannot be written (405).
 */
@RestController
@RequestMapping("/data")
class GraphStoreWriteController {

    private static final Logger log = LoggerFactory.getLogger(GraphStoreWriteController.class);
    private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    private final WriteAuthorization authorization;
    private final UntrustedRdf untrusted;
    private final GraphStoreWriter writer;

    GraphStoreWriteController(WriteAuthorization authorization, UntrustedRdf untrusted, GraphStoreWriter writer) {
        this.authorization = authorization;
        this.untrusted = untrusted;
        this.writer = writer;
    }

    @PutMapping
    ResponseEntity<String> put(@RequestParam(name = "default", required = false) String defaultGraph,
            @RequestParam(required = false) String graph,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String credentials,
            HttpServletRequest request) throws IOException {
        return store(defaultGraph, graph, credentials, request, true);
    }

    @PostMapping
    ResponseEntity<String> post(@RequestParam(name = "default", required = false) String defaultGraph,
            @RequestParam(required = false) String graph,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String credentials,
            HttpServletRequest request) throws IOException {
        return store(defaultGraph, graph, credentials, request, false);
    }

    @DeleteMapping
    ResponseEntity<String> delete(@RequestParam(name = "default", required = false) String defaultGraph,
            @RequestParam(required = false) String graph,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String credentials) {
        authorization.require(credentials);
        Node name = sourceGraph(defaultGraph, graph);
        writer.delete(name);
        log.info("Graph Store: deleted <{}>", name.getURI());
        return text(HttpStatus.OK, "deleted the graph <" + name.getURI() + ">");
    }

    private ResponseEntity<String> store(String defaultGraph, String graph, String credentials, HttpServletRequest request,
                                         boolean replace) throws IOException {
        // Credentials first: an anonymous client learns nothing about the upload rules or the store.
        authorization.require(credentials);
        Node name = sourceGraph(defaultGraph, graph);
        Graph triples = untrusted.read(request.getInputStream(), request.getContentLengthLong(), request.getContentType(), name.getURI());
        GraphStoreWriter.Outcome outcome = writer.store(name, triples, replace);
        log.info("Graph Store: {} <{}>, now {} triples", replace ? "replaced" : "added to", name.getURI(), outcome.triples());
        return text(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK, (outcome.created() ? "created" : replace ? "replaced" : "added to")
                + " the graph <" + name.getURI() + ">: " + outcome.triples() + " triples");
    }

    /** Only named source graphs are writable: the default graph is the union, and the vocabulary graph is not data. */
    private static Node sourceGraph(String defaultGraph, String graph) {
        if (defaultGraph != null && graph == null) {
            throw new RefusedRequestException(HttpStatus.METHOD_NOT_ALLOWED, "the default graph is the union of all "
                    + "graphs and cannot be written; write one source graph with ?graph=IRI", Map.of("Allow", "GET, HEAD, OPTIONS"));
        }
        if (graph == null) {
            throw new InvalidGraphRequestException("name the graph to write with ?graph=IRI");
        }
        GraphSelection selection = GraphSelection.of(defaultGraph, graph);
        String iri = selection.graph().getURI();
        if (!iri.startsWith(Ikg.SOURCE) || iri.length() == Ikg.SOURCE.length() || iri.contains("#") || iri.contains("?")) {
            throw new InvalidGraphRequestException("only source graphs can be written: graph= must be an IRI under "
                    + Ikg.SOURCE + " (one named graph per source document)");
        }
        return selection.graph();
    }

    @ExceptionHandler(RefusedRequestException.class)
    ResponseEntity<String> refused(RefusedRequestException e) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.status()).contentType(TEXT);
        e.headers().forEach(answer::header);
        return answer.body(e.getMessage() + "\n");
    }

    @ExceptionHandler(InvalidGraphRequestException.class)
    ResponseEntity<String> invalidGraph(InvalidGraphRequestException e) {
        return text(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(GraphNotFoundException.class)
    ResponseEntity<String> notFound(GraphNotFoundException e) {
        return text(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(RdfSyntaxException.class)
    ResponseEntity<String> syntax(RdfSyntaxException e) {
        return text(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(StoreUnavailableException.class)
    ResponseEntity<String> storeUnavailable(StoreUnavailableException e) {
        log.warn("Graph Store write: {}", e.getMessage());
        return text(e.status(), e.getMessage() + "; the write may not have reached the store");
    }

    /** Anything else is a bug: logged, answered without internals; the transaction was aborted. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<String> failed(RuntimeException e) {
        log.error("Graph Store write failed", e);
        return text(HttpStatus.INTERNAL_SERVER_ERROR, "the write failed; the store is unchanged");
    }

    private static ResponseEntity<String> text(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(TEXT).body(message + "\n");
    }
}
