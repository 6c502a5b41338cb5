package org.internkg.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.internkg.format.Format;
import org.internkg.graph.Ikg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GraphSelectionTests {

    @Test
    void shouldSelectTheDatasetTheUnionOrOneGraph() {
        assertThat(GraphSelection.of(null, null).scope()).isEqualTo(GraphSelection.Scope.DATASET);
        assertThat(GraphSelection.of("", null).scope()).isEqualTo(GraphSelection.Scope.DEFAULT);
        assertThat(GraphSelection.of(null, Ikg.DEF).graph().getURI()).isEqualTo(Ikg.DEF);
    }

    @Test
    void shouldRefuseBothSelectorsAtOnce() {
        assertThatThrownBy(() -> GraphSelection.of("", Ikg.DEF)).isInstanceOf(InvalidGraphRequestException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"relative/name", "not an iri", "http://exa mple.org/", "<https://w3id.org/>"})
    void shouldRefuseGraphNamesThatAreNotAbsoluteIris(String name) {
        assertThatThrownBy(() -> GraphSelection.of(null, name)).isInstanceOf(InvalidGraphRequestException.class);
    }

    @Test
    void shouldNameFilesAfterTheSourceSlugAndTheSuffix() {
        assertThat(GraphSelection.of(null, Ikg.SOURCE + "internlm2-report").fileName(Format.TTL)).isEqualTo("internkg-internlm2-report.ttl");
        assertThat(GraphSelection.of(null, Ikg.DEF).fileName(Format.RDFXML)).isEqualTo("internkg-ontology.rdf");
        assertThat(GraphSelection.of(null, "https://example.org/Some Graph".replace(" ", "")).fileName(Format.NQ))
                .isEqualTo("internkg-example-org-somegraph.nq");
        assertThat(GraphSelection.of(null, null).fileName(Format.TRIG)).isEqualTo("internkg-dataset.trig");
    }
}
