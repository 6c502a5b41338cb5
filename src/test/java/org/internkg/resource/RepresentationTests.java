package org.internkg.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.internkg.format.Format;
import org.internkg.format.NotAcceptableException;
import org.internkg.format.UnknownFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepresentationTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | html",
            "text/html | html",
            "text/turtle;q=1,text/html;q=0.5 | ttl",
            "text/turtle,text/html | html",
            "application/ld+json | jsonld",
            "application/rdf+xml | rdfxml",
            "application/n-quads | nq",
            "*/* | ttl",
            "text/* | ttl"})
    void shouldChooseHtmlOnlyWhenTheClientPrefersIt(String accept, String expected) {
        Representation chosen = Representation.choose(null, null, accept);
        assertThat(chosen.isHtml() ? "html" : chosen.format().formatName()).isEqualTo(expected);
    }

    @Test
    void shouldLetASuffixOrAFormatParameterWinOverAccept() {
        assertThat(Representation.choose(Format.NT, null, "text/html").format()).isEqualTo(Format.NT);
        assertThat(Representation.choose(null, "jsonld", "text/html").format()).isEqualTo(Format.JSONLD);
    }

    @Test
    void shouldAnswerTurtleWithoutAnAcceptHeader() {
        assertThat(Representation.choose(null, null, null).format()).isEqualTo(Format.TTL);
    }

    @Test
    void shouldRefuseWhatNoResourceCanBe() {
        assertThatThrownBy(() -> Representation.choose(null, "csv", null)).isInstanceOf(UnknownFormatException.class);
        assertThatThrownBy(() -> Representation.choose(null, null, "application/pdf")).isInstanceOf(NotAcceptableException.class);
    }
}
