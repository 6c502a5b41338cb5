package org.internkg.sparql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.riot.RDFDataMgr;
import org.internkg.format.Format;
import org.internkg.format.FormatNegotiator;
import org.internkg.graph.KnowledgeBase;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The SPARQL 1.1 Protocol query operation, validate then execute: read the request, apply the
 * {@link QueryPolicy}, choose the format, answer 304 when the client's copy is current, and only then run the
 * query. Without a query, the service description.
 */
final class SparqlEndpoint {

    /** SELECT and ASK answers, SPARQL JSON first (the default). */
    static final List<Format> RESULT_FORMATS = List.of(Format.JSON, Format.XML, Format.CSV, Format.TSV);
    /** CONSTRUCT and DESCRIBE answers, Turtle first (the default). */
    static final List<Format> GRAPH_FORMATS = List.of(Format.TTL, Format.NT, Format.JSONLD, Format.RDFXML, Format.TRIG, Format.NQ);

    private final KnowledgeBase knowledgeBase;
    private final QueryProperties limits;
    private final QueryPolicy policy;
    private final QueryExecutor executor;
    private final ServiceDescription serviceDescription;

    SparqlEndpoint(KnowledgeBase knowledgeBase, QueryProperties limits, ServiceDescription serviceDescription) {
        this.knowledgeBase = knowledgeBase;
        this.limits = limits;
        this.policy = new QueryPolicy(limits);
        this.executor = new QueryExecutor(knowledgeBase, limits);
        this.serviceDescription = serviceDescription;
    }

    /** Once the server is ready: the first label filter then finds the labels kept ({@code internkg.query.warm-labels}). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(4)
    void warmLabels() {
        executor.warmLabels();
    }

    void answer(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        ProtocolRequest operation = ProtocolRequest.read(request, limits.maxLength());
        if (operation.query() == null) {
            if ("POST".equals(request.getMethod()) || !operation.otherParameters().isEmpty()) {
                throw SparqlException.badRequest("no query given: send query= (or a POST with Content-Type "
                        + "application/sparql-query); got only " + String.join(", ", operation.otherParameters()));
            }
            describeService(operation, request, response);
            return;
        }
        QueryPolicy.ValidatedQuery validated = policy.validate(operation);
        boolean results = validated.query().isSelectType() || validated.query().isAskType();
        Format format = FormatNegotiator.choose(operation.format(), request.getHeader(HttpHeaders.ACCEPT),
                results ? RESULT_FORMATS : GRAPH_FORMATS);
        if (notModified(request, response, format, validated.text(), String.join(" ", operation.defaultGraphs()),
                String.join(" ", operation.namedGraphs()))) {
            return;
        }
        if ("HEAD".equals(request.getMethod())) {
            response.setContentType(QueryExecutor.contentType(format));
            return;
        }
        executor.execute(validated, format, response);
    }

    private void describeService(ProtocolRequest operation, HttpServletRequest request, HttpServletResponse response)
            throws java.io.IOException {
        Format format = FormatNegotiator.choose(operation.format(), request.getHeader(HttpHeaders.ACCEPT), GRAPH_FORMATS);
        if (notModified(request, response, format, "service-description")) {
            return;
        }
        response.setContentType(QueryExecutor.contentType(format));
        if (!"HEAD".equals(request.getMethod())) {
            RDFDataMgr.write(response.getOutputStream(), serviceDescription.build(), format.lang());
        }
    }

    /**
     * Sets Vary, ETag and Last-Modified; true when a GET or HEAD may answer 304. The weak ETag names the store
     * revision and what was asked for, so any write to the store makes every cached answer stale.
     */
    private boolean notModified(HttpServletRequest request, HttpServletResponse response, Format format, String... asked) {
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        long revision = knowledgeBase.revision();
        String etag = "W/\"" + revision + "-" + digest(format.formatName(), asked) + "\"";
        long lastModified = knowledgeBase.lastModified().toEpochMilli();
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            return new ServletWebRequest(request, response).checkNotModified(etag, lastModified);
        }
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified);
        return false;
    }

    private static String digest(String format, String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(format.getBytes(StandardCharsets.UTF_8));
            for (String part : parts) {
                sha.update((byte) 0);
                sha.update(part.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
