package org.internkg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A whole-store value is read once per revision, and again after a write. */
class KeptPerRevisionTests {

    private final KnowledgeBase kb = KnowledgeBase.inMemory();

    @AfterEach
    void close() {
        kb.close();
    }

    @Test
    void shouldReadOncePerRevision() {
        AtomicInteger reads = new AtomicInteger();
        KeptPerRevision<Long> size = new KeptPerRevision<>(kb, (ds, revision) -> {
            reads.incrementAndGet();
            return ds.asDatasetGraph().getUnionGraph().size() + 0L;
        });
        assertThat(size.get()).isZero();
        assertThat(size.get()).isZero();
        assertThat(reads).hasValue(1);

        kb.write(ds -> ds.asDatasetGraph().add(Quad.create(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s"),
                NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:o"))));
        assertThat(size.get()).isEqualTo(1L);
        assertThat(reads).hasValue(2);
    }

    @Test
    void shouldKeepANullValueToo() {
        AtomicInteger reads = new AtomicInteger();
        KeptPerRevision<String> nothing = new KeptPerRevision<>(kb, (ds, revision) -> {
            reads.incrementAndGet();
            return null;
        });
        assertThat(nothing.get()).isNull();
        assertThat(nothing.get()).isNull();
        assertThat(reads).as("null means 'none' (a store too large to hold), not 'not read yet'").hasValue(1);
    }
}
