package org.internkg.resource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.internkg.graph.Ikg;
import org.internkg.system.PublicProperties;
import org.springframework.stereotype.Component;

/**
 * Absolute links on this server, always from {@code internkg.public-base-url}: a request's Host header is chosen by
 * the client, so links built from it could point anywhere (cache poisoning, phishing).
 */
@Component
public class PublicLinks {

    private final String base;

    public PublicLinks(PublicProperties properties) {
        String url = properties.publicBaseUrl().toString();
        this.base = url.endsWith("/") ? url : url + "/";
    }

    /** The server's base, ending in a slash. */
    public String base() {
        return base;
    }

    /** Where an IRI of ours is served here ({@code https://w3id.org/internkg/id/x} → {@code {base}id/x}); other IRIs as they are. */
    public String of(String iri) {
        return iri.startsWith(Ikg.NS) ? base + iri.substring(Ikg.NS.length()) : iri;
    }

    /** A path on this server ({@code data?graph=…}). */
    public String path(String relative) {
        return base + (relative.startsWith("/") ? relative.substring(1) : relative);
    }

    /** The explorer centred on a resource. */
    public String explorer(String iri) {
        return base + "?focus=" + encode(iri);
    }

    /** A named graph's download. */
    public String graphDownload(String graphIri, String format) {
        return base + "data?graph=" + encode(graphIri) + "&format=" + format;
    }

    /** The IRI a request path on this server stands for: the inverse of {@link #of(String)} for our namespace. */
    public static String iriOfPath(String path) {
        return Ikg.NS + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** Only http(s) IRIs become links: a {@code javascript:} IRI in the data must never reach an href. */
    public static boolean isBrowsable(String iri) {
        String lower = iri.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
