package org.internkg.graph;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded knowledge base lives.
 *
 * @param location directory of an on-disk TDB2 store, loaded once from the bundled data and kept across
 *                 restarts; absent means an in-memory store loaded at every start-up
 * @param validateOnStart run the SHACL shapes and data checks at start-up and refuse to start on a violation
 * @param additionalData  extra TriG/Turtle resources (Spring resource locations) loaded after the bundled data
 *                        when the store is new: test graph sets such as the W3C protocol data
 */
@ConfigurationProperties("internkg.store")
public record StoreProperties(Path location, Boolean validateOnStart, List<String> additionalData) {

    public StoreProperties {
        validateOnStart = validateOnStart == null || validateOnStart;
        additionalData = additionalData == null ? List.of() : List.copyOf(additionalData);
    }
}
