package org.internkg.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SELECT answers in SPARQL JSON: the same document as Jena's own writer gives (member for member, once the layout
 * is set aside), read back by Jena's reader as the same rows, and a query that fails mid-answer still fails.
 */
class JsonResultsWriterTests {

    private static final Var S = Var.alloc("s");
    private static final Var O = Var.alloc("o");
    private static final Var LABEL = Var.alloc("label");
    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void shouldWriteTheSameDocumentAsJenaForEveryKindOfTerm() {
        Node blank = NodeFactory.createBlankNode();
        List<Binding> rows = List.of(
                row(NodeFactory.createURI("https://w3id.org/internkg/id/model/internlm2-7b"), NodeFactory.createLiteralLang("书生·浦语2", "zh"),
                        NodeFactory.createLiteralString("tab\there \"quoted\" back\\slash\nline \u2028 \u0001 😀 </script>")),
                row(blank, NodeFactory.createLiteralDT("2024-01-17", XSDDatatype.XSDdate), null),
                row(blank, NodeFactory.createLiteralDirLang("مرحبا", "ar", TextDirection.RTL), NodeFactory.createLiteralString("")),
                row(NodeFactory.createBlankNode(), NodeFactory.createTripleNode(Triple.create(blank,
                        NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), NodeFactory.createLiteralLang("X", "en"))),
                        NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger)),
                row(null, null, null));

        String ours = ours(rows);
        String jenas = jenas(rows);

        assertThat(mapper.readTree(ours)).isEqualTo(mapper.readTree(jenas));
        assertThat(ours).hasSizeLessThan(jenas.length()).doesNotContain("\n");
        RowSet readBack = RowSet.adapt(ResultsReader.create().lang(ResultSetLang.RS_JSON).build()
                .read(new ByteArrayInputStream(ours.getBytes(StandardCharsets.UTF_8))));
        assertThat(readBack.getResultVars()).containsExactly(S, O, LABEL);
        List<Binding> back = new ArrayList<>();
        readBack.forEachRemaining(back::add);
        assertThat(back).hasSize(rows.size());
        assertThat(back.get(0).get(LABEL)).isEqualTo(rows.get(0).get(LABEL));
        assertThat(back.get(1).get(O)).isEqualTo(rows.get(1).get(O));
        assertThat(back.get(2).get(O)).isEqualTo(rows.get(2).get(O));
        assertThat(back.get(1).get(S)).as("one blank node, one label").isEqualTo(back.get(2).get(S));
    }

    @Test
    void shouldWriteAnAnswerWithoutRows() throws Exception {
        JsonNode tree = mapper.readTree(ours(List.of()));

        assertThat(tree.at("/head/vars").size()).isEqualTo(3);
        assertThat(tree.at("/results/bindings").isArray()).isTrue();
        assertThat(tree.at("/results/bindings").size()).isZero();
    }

    @Test
    void shouldLetAQueryThatFailsMidAnswerFailTheWrite() {
        Binding first = row(NodeFactory.createURI("urn:x:a"), null, null);
        Iterator<Binding> failing = new Iterator<>() {
            private boolean given;

            @Override
            public boolean hasNext() {
                if (given) {
                    throw new QueryCancelledException();
                }
                return true;
            }

            @Override
            public Binding next() {
                given = true;
                return first;
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> Format.JSON.writeResults(out, RowSetStream.create(List.of(S, O, LABEL), failing)))
                .isInstanceOf(QueryCancelledException.class);
    }

    private static Binding row(Node s, Node o, Node label) {
        var builder = Binding.builder();
        if (s != null) {
            builder.add(S, s);
        }
        if (o != null) {
            builder.add(O, o);
        }
        if (label != null) {
            builder.add(LABEL, label);
        }
        return builder.build();
    }

    private static String ours(List<Binding> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Format.JSON.writeResults(out, RowSetStream.create(List.of(S, O, LABEL), rows.iterator()));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String jenas(List<Binding> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWriter.create().lang(ResultSetLang.RS_JSON).build().write(out, RowSetStream.create(List.of(S, O, LABEL), rows.iterator()));
        return out.toString(StandardCharsets.UTF_8);
    }
}
