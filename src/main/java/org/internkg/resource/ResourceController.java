package org.internkg.resource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.sparql.core.DatasetGraph;
import org.internkg.export.EntityTags;
import org.internkg.export.RdfOutput;
import org.internkg.format.Format;
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
import org.springframework.web.util.UriUtils;

/**
 * Dereferences the IRIs of our namespace at the same path on this server: {@code https://w3id.org/internkg/id/model/x}
 * at {@code /id/model/x}, vocabulary terms at {@code /def/…}. Browsers get an HTML page, RDF clients the description
 * in the negotiated syntax; a suffix ({@code /id/model/x.ttl}) or {@code format=} chooses the syntax outright.
 */
@RestController
class ResourceController {

    /** The suffixes that name a syntax at the end of a resource path; the rest of the format table is for results. */
    private static final Set<Format> SUFFIX_FORMATS = Set.copyOf(Representation.OFFERED);

    private final ResourceQuery query;
    private final ResourcePageRenderer renderer;

    ResourceController(ResourceQuery query, ResourcePageRenderer renderer) {
        this.query = query;
        this.renderer = renderer;
    }

    @GetMapping({"/id/**", "/def/**"})
    ResponseEntity<StreamingResponseBody> get(HttpServletRequest request, @RequestParam(required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch, HttpMethod method) {
        String path = UriUtils.decode(request.getRequestURI().substring(request.getContextPath().length()), StandardCharsets.UTF_8);
        String iri = PublicLinks.iriOfPath(path);
        Format fromSuffix = null;
        Optional<Format> suffix = Format.byFileName(lastSegment(path)).filter(SUFFIX_FORMATS::contains);
        if (suffix.isPresent() && !query.exists(iri)) {
            // The IRI itself may contain a dot (internlm2.5-7b); only a suffix of the table on top of a known IRI names a syntax.
            iri = iri.substring(0, iri.lastIndexOf('.'));
            fromSuffix = suffix.get();
        }
        Representation representation = Representation.choose(fromSuffix, format, accept);

        HttpHeaders headers = new HttpHeaders();
        headers.setVary(List.of(HttpHeaders.ACCEPT));
        if (representation.isHtml()) {
            String resource = iri;
            PageModel.Page page = query.page(iri).orElseThrow(() -> new ResourceNotFoundException(resource, true));
            headers.setETag(EntityTags.of(query.revision(), "html"));
            if (EntityTags.matches(ifNoneMatch, headers.getETag())) {
                return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
            }
            headers.setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
            if (method == HttpMethod.HEAD) {
                return ResponseEntity.ok().headers(headers).build();
            }
            byte[] html = renderer.page(page).getBytes(StandardCharsets.UTF_8);
            return ResponseEntity.ok().headers(headers).body(out -> out.write(html));
        }
        String resource = iri;
        Format chosen = representation.format();
        DatasetGraph description = query.description(iri).orElseThrow(() -> new ResourceNotFoundException(resource, false));
        headers.setETag(EntityTags.of(query.revision(), chosen));
        if (EntityTags.matches(ifNoneMatch, headers.getETag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
        }
        headers.setContentType(MediaType.parseMediaType(chosen.mediaType() + ";charset=utf-8"));
        if (method == HttpMethod.HEAD) {
            return ResponseEntity.ok().headers(headers).build();
        }
        StreamingResponseBody body = out -> {
            if (chosen.carriesNamedGraphs()) {
                RdfOutput.write(out, description, chosen);
            } else {
                RdfOutput.write(out, description.getUnionGraph(), chosen);
            }
        };
        return ResponseEntity.ok().headers(headers).body(body);
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
