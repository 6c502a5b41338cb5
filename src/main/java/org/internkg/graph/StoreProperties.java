package org.internkg.graph;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded knowledge base lives.
 *
 * @param location directory of an on-disk TDB2 store, loaded once from the bundled data and kept across
 *                 restarts; absent means an in-memory store loaded at every start-up
 * @param validateOnStart run the SHACL shapes and data checks at start-up and refuse to start on a violation
 */
@ConfigurationProperties("internkg.store")
public record StoreProperties(Path location, Boolean validateOnStart) {

    public StoreProperties {
        validateOnStart = validateOnStart == null || validateOnStart;
    }
}
