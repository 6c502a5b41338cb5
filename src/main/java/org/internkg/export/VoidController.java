package org.internkg.export;

import java.util.List;

import org.internkg.format.Format;
import org.internkg.format.FormatNegotiator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** {@code /void}: the VoID description of the knowledge base, in any graph syntax (Turtle by default). */
@RestController
class VoidController {

    private static final List<Format> OFFERED = List.of(Format.TTL, Format.NT, Format.JSONLD, Format.RDFXML, Format.TRIG, Format.NQ);

    private final VoidDescription description;

    VoidController(VoidDescription description) {
        this.description = description;
    }

    @GetMapping("/void")
    ResponseEntity<StreamingResponseBody> get(@RequestParam(required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch, HttpMethod method) {
        Format chosen = FormatNegotiator.choose(format, accept, OFFERED);
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(EntityTags.of(description.revision(), chosen));
        headers.setVary(List.of(HttpHeaders.ACCEPT));
        if (EntityTags.matches(ifNoneMatch, headers.getETag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
        }
        headers.setContentType(MediaType.parseMediaType(chosen.mediaType() + ";charset=utf-8"));
        if (method == HttpMethod.HEAD) {
            return ResponseEntity.ok().headers(headers).build();
        }
        var graph = description.graph();
        return ResponseEntity.ok().headers(headers).body(out -> RdfOutput.write(out, graph, chosen));
    }
}
