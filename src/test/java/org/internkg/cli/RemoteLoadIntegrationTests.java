package org.internkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.NodeFactory;
import org.internkg.graph.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code load --remote}: files go to a running server through the Graph Store Protocol, with its token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "internkg.write.token=" + RemoteLoadIntegrationTests.TOKEN)
class RemoteLoadIntegrationTests {

    static final String TOKEN = "remote-load-token-0123456789";
    static final String GRAPH = "https://w3id.org/internkg/id/source/remote-load-fixture";

    @LocalServerPort
    int port;

    @Autowired
    KnowledgeBase knowledgeBase;

    @TempDir
    Path dir;

    Path turtle(String label) throws Exception {
        Path file = dir.resolve("source.ttl");
        Files.writeString(file, """
                @prefix ikg: <https://w3id.org/internkg/def/> .
                @prefix prov: <http://www.w3.org/ns/prov#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <%s> a ikg:SourceDocument ; rdfs:label %s ;
                    prov:wasDerivedFrom <https://example.org/remote.md> ; ikg:retrievedOn "2026-11-28"^^xsd:date .
                """.formatted(GRAPH, label));
        return file;
    }

    boolean graphExists() {
        return knowledgeBase.read(ds -> ds.asDatasetGraph().containsGraph(NodeFactory.createURI(GRAPH)));
    }

    @Test
    void sendsTheFileWithTheTokenAndReportsRefusals() throws Exception {
        String server = "http://127.0.0.1:" + port + "/";
        long revision = knowledgeBase.revision();

        CommandLineRun wrongToken = CommandLineRun.of("load", "--remote", server, "--graph", GRAPH, "--token", TOKEN + "x",
                turtle("\"Remote load\"@en").toString());
        assertThat(wrongToken.exitCode()).isNotZero();
        assertThat(wrongToken.err()).contains("HTTP 401", "not valid");
        assertThat(graphExists()).isFalse();

        CommandLineRun invalid = CommandLineRun.of("load", "--remote", server, "--graph", GRAPH, "--token", TOKEN,
                turtle("\"no English label\"@zh").toString());
        assertThat(invalid.exitCode()).isNotZero();
        assertThat(invalid.err()).contains("HTTP 422", "English label");
        assertThat(graphExists()).isFalse();
        assertThat(knowledgeBase.revision()).isEqualTo(revision);

        CommandLineRun load = CommandLineRun.of("load", "--remote", server, "--graph", GRAPH, "--token", TOKEN,
                turtle("\"Remote load\"@en").toString());
        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(load.err()).contains("created the graph <" + GRAPH + ">");
        assertThat(graphExists()).isTrue();
        assertThat(knowledgeBase.revision()).as("a write bumps the revision").isGreaterThan(revision);
    }
}
