package org.internkg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A syntax error is reported where the offending token stands, the line an editor should mark. */
class SyntaxErrorPositionTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SELECT ?x WHERE {\\n  ?x ?y ?z .\\n  FILTER(?x = 1\\n\\n}                  | 5 | 1
            SELECT ?x WHERE {\\n  ?x ?y \\n}                                         | 3 | 1
            SELECT ?x WHERE { ?x ?y ?z } LIMIT ?x                                  | 1 | 36
            ASK {\\n  ?s ?p ?o\\n  OPTIONAL { ?s ?q }\\n}                           | 3 | 20
            """)
    void shouldPointAtTheTokenTheParserRefused(String query, int line, int column) {
        assertThat(SyntaxErrorPosition.of(query.replace("\\n", "\n")))
                .contains(new SyntaxErrorPosition.Position(line, column));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SELECT * WHERE { ?s ?p ?o }
            ASK {}
            """)
    void shouldFindNothingInAValidQuery(String query) {
        assertThat(SyntaxErrorPosition.of(query)).isEmpty();
    }
}
