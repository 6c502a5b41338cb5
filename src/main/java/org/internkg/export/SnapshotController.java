package org.internkg.export;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;

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

/**
 * {@code POST /api/snapshot}: the explorer view as one self-contained HTML file (an attachment) that opens from
 * disk with no network: the graph as drawn, Cytoscape.js inlined, node details, and the Turtle of what is shown.
 * The client sends what it draws ({@link SnapshotRequest}); a POST because a view does not fit in a URL. Read-only.
 */
@RestController
class SnapshotController {

    private final ViewSnapshot snapshot;
    private final SnapshotPage page;

    SnapshotController(ViewSnapshot snapshot, SnapshotPage page) {
        this.snapshot = snapshot;
        this.page = page;
    }

    @PostMapping(path = "/api/snapshot", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<byte[]> snapshot(@RequestBody SnapshotRequest request) {
        String problem = request == null ? "send the drawn nodes as JSON" : request.problem();
        if (problem != null) {
            throw new BadSnapshotRequest(problem);
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String html = page.render(snapshot.of(request), today.toString());
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("internkg-snapshot-" + today + ".html").build().toString())
                .body(html.getBytes(StandardCharsets.UTF_8));
    }

    @ExceptionHandler
    ProblemDetail badRequest(BadSnapshotRequest e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid snapshot request");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unreadable(org.springframework.http.converter.HttpMessageNotReadableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "the body is not JSON of the form {\"nodes\": [{\"id\": iri, \"x\": …, \"y\": …}, …], \"edges\": […]}");
        problem.setTitle("Invalid snapshot request");
        return problem;
    }

    /** A request with no node, too many, or a value that is not what its field needs. */
    static final class BadSnapshotRequest extends RuntimeException {
        BadSnapshotRequest(String message) {
            super(message);
        }
    }
}
