package org.internkg.changes;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the server finds data releases besides the bundled manifest.
 *
 * @param manifests further release manifests (Spring resource locations such as {@code file:/srv/internkg/releases/releases.ttl}),
 *                  each listing earlier releases kept as files beside it; none by default
 */
@ConfigurationProperties("internkg.releases")
public record ReleaseProperties(List<String> manifests) {

    public ReleaseProperties {
        manifests = manifests == null ? List.of() : List.copyOf(manifests);
    }
}
