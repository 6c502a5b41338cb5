package org.internkg.export;

import java.util.List;

import org.apache.jena.irix.IRIx;
import org.apache.jena.irix.IRIException;
import org.internkg.format.Format;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code POST /api/subgraph}: Turtle of exactly what the explorer shows. The client sends the ids of its visible
 * nodes ({@code {"nodes": [iri, …]}}); a POST because a view of a few hundred IRIs does not fit in a URL. Read-only.
 */
@RestController
class SubgraphController {

    private final VisibleSubgraph subgraph;

    SubgraphController(VisibleSubgraph subgraph) {
        this.subgraph = subgraph;
    }

    /** The request body: the IRIs of the visible nodes. */
    record Request(List<String> nodes) {
    }

    @PostMapping(path = "/api/subgraph", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StreamingResponseBody> subgraph(@RequestBody Request request) {
        List<String> nodes = validate(request);
        var graph = subgraph.among(nodes);
        StreamingResponseBody body = out -> RdfOutput.write(out, graph, Format.TTL);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(Format.TTL.mediaType() + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("internkg-view.ttl").build().toString())
                .body(body);
    }

    private static List<String> validate(Request request) {
        if (request == null || request.nodes() == null || request.nodes().isEmpty()) {
            throw new BadSubgraphRequest("send {\"nodes\": [iri, …]} with at least one IRI");
        }
        if (request.nodes().size() > VisibleSubgraph.MAX_NODES) {
            throw new BadSubgraphRequest("at most " + VisibleSubgraph.MAX_NODES + " nodes, got " + request.nodes().size());
        }
        for (int i = 0; i < request.nodes().size(); i++) {
            String iri = request.nodes().get(i);
            if (iri == null || !isAbsoluteIri(iri)) {
                throw new BadSubgraphRequest("nodes[" + i + "] is not an absolute IRI: " + iri);
            }
        }
        return request.nodes();
    }

    static boolean isAbsoluteIri(String text) {
        if (text == null) {
            return false;
        }
        try {
            return IRIx.create(text).isAbsolute();
        } catch (IRIException e) {
            return false;
        }
    }

    @ExceptionHandler
    ProblemDetail badRequest(BadSubgraphRequest e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid subgraph request");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unreadable(org.springframework.http.converter.HttpMessageNotReadableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "the body is not JSON of the form {\"nodes\": [iri, …]}");
        problem.setTitle("Invalid subgraph request");
        return problem;
    }

    /** A request that names no node, too many, or something that is not an IRI. */
    static final class BadSubgraphRequest extends RuntimeException {
        BadSubgraphRequest(String message) {
            super(message);
        }
    }
}
