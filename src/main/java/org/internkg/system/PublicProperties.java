package org.internkg.system;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the service names itself to the outside world.
 *
 * @param publicBaseUrl the base URL clients reach the service at (default {@code http://localhost:8080/}); the
 *                      service description and links are built from it, never from the request's Host header,
 *                      which a client controls
 */
@ConfigurationProperties("internkg")
public record PublicProperties(URI publicBaseUrl) {

    public PublicProperties {
        publicBaseUrl = publicBaseUrl == null ? URI.create("http://localhost:8080/") : publicBaseUrl;
        if (!publicBaseUrl.getPath().endsWith("/")) {
            publicBaseUrl = URI.create(publicBaseUrl + "/");
        }
    }

    /** An absolute URL for a path of this service ({@code "sparql"} → {@code http://host/sparql}). */
    public String resolve(String relativePath) {
        return publicBaseUrl.resolve(relativePath).toString();
    }
}
