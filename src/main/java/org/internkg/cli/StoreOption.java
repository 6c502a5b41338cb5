package org.internkg.cli;

import java.nio.file.Path;

import org.internkg.graph.BundledData;
import org.internkg.graph.KnowledgeBase;
import picocli.CommandLine.Option;

/** {@code --store DIR}: the on-disk store to use; without it, the bundled knowledge base in memory. */
class StoreOption {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "${env:INTERNKG_STORE_LOCATION}",
            description = "On-disk TDB2 store (default: $INTERNKG_STORE_LOCATION, else the bundled data in memory).")
    Path location;

    /** Opens the store, filling it from the bundled data when it is new, as the server does. */
    KnowledgeBase open() {
        KnowledgeBase kb = location == null ? KnowledgeBase.withBundledData() : KnowledgeBase.onDisk(location);
        if (kb.isEmpty()) {
            new BundledData().loadInto(kb);
        }
        return kb;
    }
}
