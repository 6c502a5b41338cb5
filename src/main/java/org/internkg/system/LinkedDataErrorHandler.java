package org.internkg.system;

import java.nio.charset.StandardCharsets;

import org.internkg.export.GraphNotFoundException;
import org.internkg.export.GraphStore;
import org.internkg.export.InvalidGraphRequestException;
import org.internkg.format.NotAcceptableException;
import org.internkg.format.UnknownFormatException;
import org.internkg.graph.StoreUnavailableException;
import org.internkg.resource.PageModel;
import org.internkg.resource.PublicLinks;
import org.internkg.resource.ResourceNotFoundException;
import org.internkg.resource.ResourcePageRenderer;
import org.internkg.resource.ResourceQuery;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the downloads ({@code /data}, {@code /void}) and the linked-data pages: plain text, as RDF clients expect,
 * except the 404 of a resource asked for by a browser, which is a page with a search form.
 */
@RestControllerAdvice(basePackageClasses = {GraphStore.class, ResourceQuery.class})
class LinkedDataErrorHandler {

    private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    private final ResourcePageRenderer renderer;
    private final PublicLinks links;

    LinkedDataErrorHandler(ResourcePageRenderer renderer, PublicLinks links) {
        this.renderer = renderer;
        this.links = links;
    }

    @ExceptionHandler({InvalidGraphRequestException.class, UnknownFormatException.class})
    ResponseEntity<String> badRequest(RuntimeException e) {
        return text(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(GraphNotFoundException.class)
    ResponseEntity<String> graphNotFound(GraphNotFoundException e) {
        return text(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(NotAcceptableException.class)
    ResponseEntity<String> notAcceptable(NotAcceptableException e) {
        return text(HttpStatus.NOT_ACCEPTABLE, e.getMessage());
    }

    @ExceptionHandler(StoreUnavailableException.class)
    ResponseEntity<String> storeUnavailable(StoreUnavailableException e) {
        return text(e.status(), e.getMessage());
    }

    @ExceptionHandler(ResourceNotFoundException.class)
    ResponseEntity<String> resourceNotFound(ResourceNotFoundException e) {
        if (!e.html()) {
            return text(HttpStatus.NOT_FOUND, e.getMessage());
        }
        String page = renderer.notFound(new PageModel.NotFound(e.iri(), links.base(), links.path("css/resource.css")));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(page);
    }

    private static ResponseEntity<String> text(org.springframework.http.HttpStatusCode status, String message) {
        return ResponseEntity.status(status).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).contentType(TEXT).body(message + "\n");
    }
}
