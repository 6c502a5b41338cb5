package org.internkg.resource;

import java.util.List;
import java.util.Optional;

import org.internkg.format.Format;
import org.internkg.format.FormatNegotiator;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * What a resource request gets: the HTML page, or the description in an RDF syntax. A suffix ({@code .ttl}) or
 * {@code format=} names a syntax outright; otherwise HTML wins when the Accept header names it at least as highly as
 * any RDF type (browsers list text/html first and RDF/XML's application/xml lower), and a missing or wildcard Accept
 * gets Turtle.
 *
 * @param format the RDF syntax, or null for the HTML page
 */
record Representation(Format format) {

    static final List<Format> OFFERED = List.of(Format.TTL, Format.NT, Format.JSONLD, Format.RDFXML, Format.TRIG, Format.NQ);
    static final Representation HTML = new Representation(null);

    static Representation choose(Format fromSuffix, String formatParameter, String accept) {
        if (fromSuffix != null) {
            return new Representation(fromSuffix);
        }
        if (formatParameter != null && !formatParameter.isBlank()) {
            return new Representation(FormatNegotiator.choose(formatParameter, null, OFFERED));
        }
        if (wantsHtml(accept)) {
            return HTML;
        }
        return new Representation(FormatNegotiator.choose(null, accept, OFFERED));
    }

    boolean isHtml() {
        return format == null;
    }

    /** True when the client names text/html (or XHTML) with a quality no lower than its best explicitly named RDF type. */
    static boolean wantsHtml(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> ranges;
        try {
            ranges = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        double html = best(ranges, List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML)).orElse(0.0);
        double rdf = best(ranges, OFFERED.stream().flatMap(f -> f.mediaTypes().stream()).map(MediaType::parseMediaType).toList()).orElse(0.0);
        return html > 0 && html >= rdf;
    }

    private static Optional<Double> best(List<MediaType> ranges, List<MediaType> types) {
        return ranges.stream()
                .filter(range -> !range.isWildcardType() && !range.isWildcardSubtype())
                .filter(range -> types.stream().anyMatch(type -> type.getType().equalsIgnoreCase(range.getType())
                        && type.getSubtype().equalsIgnoreCase(range.getSubtype())))
                .map(MediaType::getQualityValue)
                .max(Double::compare);
    }
}
