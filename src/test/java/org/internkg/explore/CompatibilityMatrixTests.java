package org.internkg.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.internkg.explore.MatrixFixture.FAMILY;
import static org.internkg.explore.MatrixFixture.LMDEPLOY;
import static org.internkg.explore.MatrixFixture.MODEL_A;
import static org.internkg.explore.MatrixFixture.MODEL_B;
import static org.internkg.explore.MatrixFixture.MODEL_C;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.internkg.explore.CompatibilityMatrix.Matrix;
import org.internkg.graph.KnowledgeBase;
import org.internkg.graph.TrigStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The matrix whole on a small store, and one family at a time past the whole-matrix limit (fixtures/matrix-fixture.trig). */
class CompatibilityMatrixTests {

    static final Node FAMILY_NODE = NodeFactory.createURI(FAMILY);

    final KnowledgeBase kb = TrigStores.inMemory(fixture());

    /** The fixture, and the types of its tools, which the bundled data gives them in the application. */
    static String fixture() {
        try {
            return Files.readString(Path.of("src/test/resources/fixtures/matrix-fixture.trig"))
                    + "src:fixture-tools { tool:lmdeploy a ikg:SoftwareTool . tool:xtuner a ikg:SoftwareTool . }";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void close() {
        kb.close();
    }

    CompatibilityMatrix matrix(int wholeLimit) {
        return new CompatibilityMatrix(kb, new ExploreProperties(null, wholeLimit));
    }

    @Test
    void shouldAnswerTheWholeMatrixUpToTheLimit() {
        Matrix whole = matrix(3).compute(null, Set.of());

        assertThat(whole.models()).extracting(CompatibilityMatrix.Row::iri).containsExactlyInAnyOrder(MODEL_A, MODEL_B, MODEL_C);
        assertThat(whole.cells()).hasSize(3 * whole.tools().size());
        assertThat(whole.familyRequired()).isNull();
    }

    @Test
    void shouldAskForOneFamilyPastTheLimitAndAnswerItWithTheSameCells() {
        Matrix asked = matrix(2).compute(null, Set.of());
        assertThat(asked.models()).isEmpty();
        assertThat(asked.cells()).isEmpty();
        assertThat(asked.familyRequired().models()).isEqualTo(3);
        assertThat(asked.familyRequired().detail()).contains("3 models", "up to 2", "?family=IRI");

        assertThatThrownBy(() -> new MatrixController(matrix(2)).matrix(null, null, "csv"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("family"))
                .hasMessageContaining("3 models");

        Matrix family = matrix(2).compute(FAMILY_NODE, Set.of());
        Matrix whole = matrix(3).compute(null, Set.of());

        assertThat(family.models()).extracting(CompatibilityMatrix.Row::iri).containsExactlyInAnyOrder(MODEL_A, MODEL_B);
        assertThat(family.tools()).isEqualTo(whole.tools()).extracting(CompatibilityMatrix.Column::iri).contains(LMDEPLOY);
        assertThat(family.cells()).hasSize(2 * whole.tools().size())
                .allSatisfy(cell -> assertThat(whole.cells()).contains(cell));
        assertThat(family.cells()).anySatisfy(cell -> {
            assertThat(cell.model()).isEqualTo(MODEL_A);
            assertThat(cell.tool()).isEqualTo(LMDEPLOY);
            assertThat(cell.status()).isEqualTo("yes");
        });
    }
}
