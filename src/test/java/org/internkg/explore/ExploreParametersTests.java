package org.internkg.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.internkg.explore.ExploreParameters.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ExploreParametersTests {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "not an iri", "urn:isbn:123", "relative/path", "https://exa mple.org/x", "ftp://example.org/x"})
    void shouldRejectIrisThatAreNotAbsoluteHttp(String value) {
        assertThatThrownBy(() -> ExploreParameters.iri("iri", value))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("iri"));
    }

    @Test
    void shouldAcceptAnInternKgIriAndStripSpaces() {
        assertThat(ExploreParameters.iri("iri", " https://w3id.org/internkg/id/tool/xtuner ").getURI())
                .isEqualTo("https://w3id.org/internkg/id/tool/xtuner");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"null, 25", "'', 25", "1, 1", "200, 200", "201, 200", "99999, 200"})
    void shouldDefaultAndClampTheLimit(String value, int expected) {
        assertThat(ExploreParameters.limit("limit", value, 25, 200)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "ten", "1.5", "2147483648"})
    void shouldRejectALimitThatIsNotAPositiveInteger(String value) {
        assertThatThrownBy(() -> ExploreParameters.limit("limit", value, 25, 200))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("limit"));
    }

    @Test
    void shouldReadDirectionsAndTypes() {
        assertThat(ExploreParameters.direction("direction", null)).isEqualTo(Direction.BOTH);
        assertThat(ExploreParameters.direction("direction", "IN")).isEqualTo(Direction.IN);
        assertThat(ExploreParameters.type("type", "Model").getURI()).isEqualTo("https://w3id.org/internkg/def/Model");
        assertThat(ExploreParameters.type("type", null)).isNull();
        assertThatThrownBy(() -> ExploreParameters.type("type", "Model; DROP")).isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void shouldRejectOverlongSearchText() {
        assertThatThrownBy(() -> ExploreParameters.searchText("q", "x".repeat(201))).isInstanceOf(InvalidParameterException.class);
        assertThat(ExploreParameters.searchText("q", " 书生 ")).isEqualTo("书生");
    }

    @Test
    void shouldNameTypeClassesInKebabCase() {
        assertThat(GraphLookup.typeClass(org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/internkg/def/ModelFamily")))
                .isEqualTo("model-family");
        assertThat(GraphLookup.humanize("codeRepository")).isEqualTo("code repository");
    }
}
