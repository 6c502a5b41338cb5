package org.internkg.graph;

/**
 * The shipped knowledge base in a real Fuseki (loopback, a dataset of its own), put there through InternKG and read
 * through {@link RemoteKnowledgeBase}; started once per test JVM and only read by the tests.
 */
public final class RemoteBundledKnowledgeBase {

    private static KnowledgeBase shared;

    private RemoteBundledKnowledgeBase() {
    }

    public static synchronized KnowledgeBase get() {
        if (shared == null) {
            FusekiStore fuseki = FusekiStore.withKnowledgeBase();
            shared = new RemoteKnowledgeBase(fuseki.properties());
            Runtime.getRuntime().addShutdownHook(new Thread(fuseki::close));
        }
        return shared;
    }
}
