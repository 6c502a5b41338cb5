package org.internkg.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.internkg.graph.BundledKnowledgeBase;
import org.internkg.graph.KnowledgeBase;
import org.junit.jupiter.api.Test;

/** The workbench completes every labelled InternKG resource of the bundled data, in IRI order, with its labels. */
class VocabularyTests {

    @Test
    void shouldListTheLabelledResourcesInIriOrder() {
        KnowledgeBase kb = BundledKnowledgeBase.get();
        Vocabulary vocabulary = new Vocabulary(kb);
        List<String> expected = kb.read(ds -> ds.asDatasetGraph().getUnionGraph().find(Node.ANY, RDFS.label.asNode(), Node.ANY)
                .mapWith(Triple::getSubject).filterKeep(s -> s.isURI() && s.getURI().startsWith("https://w3id.org/internkg/id/"))
                .mapWith(Node::getURI).toSet().stream().sorted().limit(5000).toList());

        Vocabulary.Table table = vocabulary.read();
        assertThat(table.entities()).extracting(Vocabulary.Term::iri).isEqualTo(expected);
        assertThat(table.entities()).filteredOn(t -> t.iri().equals("https://w3id.org/internkg/id/tool/xtuner"))
                .extracting(Vocabulary.Term::en).containsExactly("XTuner");
        assertThat(vocabulary.read()).as("kept until the store changes").isSameAs(table);
    }
}
