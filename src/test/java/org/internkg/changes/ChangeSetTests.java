package org.internkg.changes;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/** Blank nodes are matched by what they say, and a value replaced in one slot is one change. */
class ChangeSetTests {

    private static final String PREFIXES = """
            PREFIX ikg: <https://w3id.org/internkg/def/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX m: <https://w3id.org/internkg/id/model/>
            PREFIX src: <https://w3id.org/internkg/id/source/>
            """;

    @Test
    void shouldMatchBlankNodesWithTheSameContentWhateverTheirLabelsAndOrder() {
        ChangeSet set = between("""
                GRAPH src:a { _:x a rdf:Statement ; rdf:subject m:a ; rdf:predicate ikg:family ; rdf:object m:f ; ikg:confidence ikg:medium .
                              m:a ikg:reportedValue [ ikg:ofProperty ikg:family ; rdf:value m:g ; skos:note [ rdf:value "nested" ] ] . }
                """, """
                GRAPH src:a { m:a ikg:reportedValue [ skos:note [ rdf:value "nested" ] ; rdf:value m:g ; ikg:ofProperty ikg:family ] .
                              _:other ikg:confidence ikg:medium ; rdf:object m:f ; rdf:predicate ikg:family ; rdf:subject m:a ; a rdf:Statement . }
                """);

        assertThat(set.changes()).isEmpty();
    }

    @Test
    void shouldReportANestedDifferenceInABlankNodeAsOneChangedValue() {
        ChangeSet set = between("""
                GRAPH src:a { m:a ikg:reportedValue [ ikg:ofProperty ikg:family ; rdf:value m:g ; skos:note [ rdf:value "old" ] ] . }
                """, """
                GRAPH src:a { m:a ikg:reportedValue [ ikg:ofProperty ikg:family ; rdf:value m:g ; skos:note [ rdf:value "new" ] ] . }
                """);

        assertThat(set.changes()).hasSize(1);
        FactChange change = set.changes().get(0);
        assertThat(change.kind()).isEqualTo(FactChange.Kind.CHANGED);
        assertThat(ChangesText.term(set, change.before())).contains("\"old\"");
        assertThat(ChangesText.term(set, change.after())).contains("\"new\"");
    }

    @Test
    void shouldKeepAFactStatedInAnotherSourceApartFromTheSameFactElsewhere() {
        ChangeSet set = between("""
                GRAPH src:a { m:a ikg:family m:f . }
                """, """
                GRAPH src:a { m:a ikg:family m:f . }
                GRAPH src:b { m:a ikg:family m:f . }
                """);

        assertThat(set.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(FactChange.Kind.ADDED);
            assertThat(c.source().getURI()).isEqualTo("https://w3id.org/internkg/id/source/b");
        });
    }

    @Test
    void shouldListSeveralValuesReplacedInOneSlotAsRemovalsAndAdditions() {
        ChangeSet set = between("""
                GRAPH src:a { m:a ikg:tag "x", "y" . }
                """, """
                GRAPH src:a { m:a ikg:tag "z" . }
                """);

        assertThat(set.changes()).extracting(FactChange::kind)
                .containsExactlyInAnyOrder(FactChange.Kind.REMOVED, FactChange.Kind.REMOVED, FactChange.Kind.ADDED);
    }

    private static ChangeSet between(String before, String after) {
        return ChangeSet.between(version("a", before), version("b", after));
    }

    private static Version version(String id, String trig) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(PREFIXES + trig, Lang.TRIG).parse(dsg);
        return new Version(id, VersionKind.FILE, null, dsg, null);
    }
}
