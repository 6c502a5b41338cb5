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
 * SELECT answers in SPARQL JSON and XML: the same document as Jena's own writers give (member for member, element
 * for element, once the layout is set aside), read back by Jena's readers as the same rows, and a query that fails
 * mid-answer still fails the write.
 */
class ResultsWritersTests {

    private static final Var S = Var.alloc("s");
    private static final Var O = Var.alloc("o");
    private static final Var LABEL = Var.alloc("label");
    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void shouldWriteTheSameJsonDocumentAsJenaForEveryKindOfTerm() {
        List<Binding> rows = everyKindOfTerm();
        String ours = ours(Format.JSON, rows);
        String jenas = jenas(ResultSetLang.RS_JSON, rows);

        assertThat(mapper.readTree(ours)).isEqualTo(mapper.readTree(jenas));
        assertThat(ours).hasSizeLessThan(jenas.length()).doesNotContain("\n");
        assertReadBackAsTheSameRows(ResultSetLang.RS_JSON, ours, rows);
    }

    @Test
    void shouldWriteTheSameXmlDocumentAsJenaForEveryKindOfTerm() throws Exception {
        List<Binding> rows = everyKindOfTerm();

        String ours = ours(Format.XML, rows);
        String jenas = jenas(ResultSetLang.RS_XML, rows);

        assertThat(ours).contains("&#x0001;").doesNotContain("\u0001");
        assertThat(jenas).contains("&#x0001;");
        // XML 1.0 parsers refuse that reference (Jena writes it so too), so the documents are compared without it
        String parseable = "&#x0001;";
        assertThat(dom(ours.replace(parseable, "")).isEqualNode(dom(jenas.replace(parseable, "")))).isTrue();
        assertReadBackAsTheSameRows(ResultSetLang.RS_XML, ours.replace(parseable, ""), rows);
    }

    @Test
    void shouldWriteAnAnswerWithoutRows() throws Exception {
        JsonNode tree = mapper.readTree(ours(Format.JSON, List.of()));

        assertThat(tree.at("/head/vars").size()).isEqualTo(3);
        assertThat(tree.at("/results/bindings").isArray()).isTrue();
        assertThat(tree.at("/results/bindings").size()).isZero();
    }

    @Test
    void shouldLetAQueryThatFailsMidAnswerFailTheWrite() {
        Binding first = row(NodeFactory.createURI("urn:x:a"), null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        for (Format format : new Format[] {Format.JSON, Format.XML}) {
            assertThatThrownBy(() -> format.writeResults(out, RowSetStream.create(List.of(S, O, LABEL), failing(first))))
                    .as(format.toString()).isInstanceOf(QueryCancelledException.class);
        }
    }

    /** One row, then the query is cancelled (as by the timeout). */
    private static Iterator<Binding> failing(Binding first) {
        return new Iterator<>() {
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
    }

    /** IRIs, plain, language-tagged, directional and typed literals, blank nodes, a triple term, unbound values, escapes. */
    private static List<Binding> everyKindOfTerm() {
        Node blank = NodeFactory.createBlankNode();
        return List.of(
                row(NodeFactory.createURI("https://w3id.org/internkg/id/model/internlm2-7b"), NodeFactory.createLiteralLang("书生·浦语2", "zh"),
                        NodeFactory.createLiteralString("tab\there \"quoted\" back\\slash\nline \u2028 \u0001 😀 </script>")),
                row(blank, NodeFactory.createLiteralDT("2024-01-17", XSDDatatype.XSDdate), null),
                row(blank, NodeFactory.createLiteralDirLang("مرحبا", "ar", TextDirection.RTL), NodeFactory.createLiteralString("")),
                row(NodeFactory.createBlankNode(), NodeFactory.createTripleNode(Triple.create(blank,
                        NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), NodeFactory.createLiteralLang("X", "en"))),
                        NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger)),
                row(null, null, null));

    }

    private static void assertReadBackAsTheSameRows(org.apache.jena.riot.Lang lang, String written, List<Binding> rows) {
        RowSet readBack = RowSet.adapt(ResultsReader.create().lang(lang).build()
                .read(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8))));
        assertThat(readBack.getResultVars()).containsExactly(S, O, LABEL);
        List<Binding> back = new ArrayList<>();
        readBack.forEachRemaining(back::add);
        assertThat(back).hasSize(rows.size());
        assertThat(back.get(0).get(O)).isEqualTo(rows.get(0).get(O));
        assertThat(back.get(1).get(O)).isEqualTo(rows.get(1).get(O));
        assertThat(back.get(2).get(O)).isEqualTo(rows.get(2).get(O));
        assertThat(back.get(3).get(LABEL)).isEqualTo(rows.get(3).get(LABEL));
        assertThat(back.get(1).get(S)).as("one blank node, one label").isEqualTo(back.get(2).get(S));
        assertThat(back.get(4).size()).isZero();
    }

    /** The document without the whitespace between elements, which is layout. */
    private static org.w3c.dom.Document dom(String xml) throws Exception {
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        var blank = javax.xml.xpath.XPathFactory.newInstance().newXPath()
                .evaluate("//text()[normalize-space(.) = '']", document, javax.xml.xpath.XPathConstants.NODESET);
        var nodes = (org.w3c.dom.NodeList) blank;
        for (int i = 0; i < nodes.getLength(); i++) {
            nodes.item(i).getParentNode().removeChild(nodes.item(i));
        }
        document.normalizeDocument();
        return document;
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

    private static String ours(Format format, List<Binding> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.writeResults(out, RowSetStream.create(List.of(S, O, LABEL), rows.iterator()));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String jenas(org.apache.jena.riot.Lang lang, List<Binding> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWriter.create().lang(lang).build().write(out, RowSetStream.create(List.of(S, O, LABEL), rows.iterator()));
        return out.toString(StandardCharsets.UTF_8);
    }
}
