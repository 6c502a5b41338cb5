package org.internkg.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatNegotiatorTests {

    private static final List<Format> RESULTS = List.of(Format.JSON, Format.XML, Format.CSV, Format.TSV);
    private static final List<Format> GRAPH = List.of(Format.TTL, Format.NT, Format.JSONLD, Format.RDFXML, Format.TRIG, Format.NQ);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            application/sparql-results+xml                      | xml
            text/csv                                            | csv
            application/json                                    | json
            text/tab-separated-values;q=0.9, text/csv;q=0.5     | tsv
            text/csv;q=0.2, application/sparql-results+json     | json
            */*                                                 | json
            text/tab-separated-values                           | tsv
            """)
    void shouldHonourAcceptByQualityForResults(String accept, String expected) {
        assertThat(FormatNegotiator.choose(null, accept, RESULTS).formatName()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            text/turtle                      | ttl
            application/ld+json              | jsonld
            application/json                 | jsonld
            application/rdf+xml              | rdfxml
            text/plain                       | nt
            application/n-quads              | nq
            text/html;q=0.9, */*;q=0.1       | ttl
            """)
    void shouldHonourAcceptForGraphs(String accept, String expected) {
        assertThat(FormatNegotiator.choose(null, accept, GRAPH).formatName()).isEqualTo(expected);
    }

    @Test
    void shouldLetTheFormatParameterOverrideAccept() {
        assertThat(FormatNegotiator.choose("csv", "application/sparql-results+json", RESULTS)).isEqualTo(Format.CSV);
    }

    @Test
    void shouldDefaultToTheFirstOfferedFormatWithoutAccept() {
        assertThat(FormatNegotiator.choose(null, null, GRAPH)).isEqualTo(Format.TTL);
    }

    @Test
    void shouldRefuseWhatNothingOfferedSatisfies() {
        assertThatThrownBy(() -> FormatNegotiator.choose(null, "image/png", RESULTS))
                .isInstanceOf(NotAcceptableException.class).hasMessageContaining("image/png");
    }

    @Test
    void shouldRefuseAFormatThatCannotCarryTheAnswer() {
        assertThatThrownBy(() -> FormatNegotiator.choose("csv", null, GRAPH))
                .isInstanceOf(UnknownFormatException.class).hasMessageContaining("ttl nt jsonld rdfxml trig nq");
    }

    @Test
    void shouldReadRdfXmlFromTheRdfSuffix() {
        assertThat(Format.byFileName("model.rdf")).contains(Format.RDFXML);
        assertThat(Format.byFileName("model.TTL")).contains(Format.TTL);
        assertThat(Format.byFileName("README")).isEmpty();
    }
}
