package org.internkg.export;

import org.internkg.format.Format;
import org.internkg.format.FormatNegotiator;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code /data}: the Graph Store Protocol, read side. {@code ?default} is the union of all graphs, {@code ?graph=IRI}
 * one named graph, no parameter the whole dataset. Writes are {@link GraphStoreWriteController}'s.
 */
@RestController
@RequestMapping("/data")
class GraphStoreController {

    static final String ALLOW = "GET, HEAD, OPTIONS";

    private final GraphStore graphStore;

    GraphStoreController(GraphStore graphStore) {
        this.graphStore = graphStore;
    }

    @GetMapping
    ResponseEntity<StreamingResponseBody> get(@RequestParam(name = "default", required = false) String defaultGraph,
            @RequestParam(required = false) String graph, @RequestParam(required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch, HttpMethod method) {
        GraphSelection selection = GraphSelection.of(defaultGraph, graph);
        Format chosen = FormatNegotiator.choose(format, accept, selection.formats());
        graphStore.requireExists(selection);
        String etag = EntityTags.of(graphStore.revision(), chosen);
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(etag);
        headers.setVary(java.util.List.of(HttpHeaders.ACCEPT));
        if (EntityTags.matches(ifNoneMatch, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
        }
        headers.setContentType(MediaType.parseMediaType(chosen.mediaType() + ";charset=utf-8"));
        headers.setContentDisposition(ContentDisposition.attachment().filename(selection.fileName(chosen)).build());
        if (method == HttpMethod.HEAD) {
            return ResponseEntity.ok().headers(headers).build();
        }
        return ResponseEntity.ok().headers(headers).body(out -> graphStore.write(selection, chosen, out));
    }

    @RequestMapping(method = RequestMethod.OPTIONS)
    ResponseEntity<Void> options() {
        return ResponseEntity.ok().header(HttpHeaders.ALLOW, ALLOW).build();
    }
}
