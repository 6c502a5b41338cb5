package org.internkg.graph;

/** The shipped knowledge base in an in-memory store, loaded once per test JVM and only read by the tests. */
public final class BundledKnowledgeBase {

    private static KnowledgeBase shared;

    private BundledKnowledgeBase() {
    }

    public static synchronized KnowledgeBase get() {
        if (shared == null) {
            shared = KnowledgeBase.inMemory();
            new BundledData().loadInto(shared);
        }
        return shared;
    }
}
