package org.internkg.graph;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the knowledge base lives.
 *
 * @param location directory of an on-disk TDB2 store, loaded once from the bundled data and kept across
 *                 restarts; absent means an in-memory store loaded at every start-up
 * @param validateOnStart run the SHACL shapes and data checks at start-up and refuse to start on a violation:
 *                        {@code true} checks the whole store at every start, {@code false} never; unset checks
 *                        only a start that loads data from outside the jar ({@code additionalData}), because the
 *                        build already checks the bundled data ({@code BundledDataTests}) and the {@code load}
 *                        command and the write API check what they add
 * @param additionalData  extra TriG/Turtle resources (Spring resource locations) loaded after the bundled data
 *                        when the store is new: test graph sets such as the W3C protocol data
 * @param mode            {@code embedded} (TDB2 in this process) or {@code remote} (an existing SPARQL 1.1 server)
 * @param remote          the remote server's endpoints and credentials, for {@code mode=remote}
 */
@ConfigurationProperties("internkg.store")
public record StoreProperties(Path location, Boolean validateOnStart, List<String> additionalData, Mode mode,
                              RemoteStoreProperties remote) {

    /** Which implementation of {@link KnowledgeBase} the server runs on. */
    public enum Mode { EMBEDDED, REMOTE }

    /** The embedded store without a location: a fresh store of the bundled data every start, kept for that run only. */
    public boolean inMemory() {
        return mode == Mode.EMBEDDED && location == null;
    }

    /** Whether this start must validate, given whether it loaded data from outside the jar into a new store. */
    public boolean validatesAtStart(boolean loadedOtherData) {
        return validateOnStart == null ? loadedOtherData : validateOnStart;
    }

    public StoreProperties {
        additionalData = additionalData == null ? List.of() : List.copyOf(additionalData);
        mode = mode == null ? Mode.EMBEDDED : mode;
        if (mode == Mode.REMOTE && (remote == null || remote.queryUrl() == null)) {
            throw new IllegalArgumentException("internkg.store.mode=remote needs internkg.store.remote.query-url "
                    + "(and update-url, gsp-url for writes)");
        }
    }
}
