package org.internkg.system;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the server is reached from outside.
 *
 * @param publicBaseUrl the address users reach this server at; absolute links in pages and descriptions start here,
 *                      never from the request's Host header
 */
@ConfigurationProperties("internkg")
public record PublicProperties(URI publicBaseUrl) {

    public PublicProperties {
        if (publicBaseUrl == null) {
            publicBaseUrl = URI.create("http://localhost:8080/");
        }
    }
}
