package org.internkg.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A made-up neighbourhood big enough for the 2,000-node view of issue 12, written as TriG into {@code target/}:
 * one tool that supports {@value #MODELS} models and one benchmark that all of them are evaluated on. Expanding
 * both (all their pages, as the permalink {@link #permalink()} replays) draws {@value #MODELS} + 2 nodes and
 * 2 × {@value #MODELS} links on top of the first view. Generated rather than checked in: it is 2,000 lines of
 * the same statement.
 */
final class LargeGraphFixture {

    static final int MODELS = 2000;
    static final String ID = "https://w3id.org/internkg/id/";
    static final String HUB = ID + "tool/scale-hub";
    static final String BENCHMARK = ID + "benchmark/scale-bench";
    /** The neighbourhood page size of the explorer ({@code PAGE_SIZE} in explorer-controller.js). */
    static final int PAGE_SIZE = 25;

    private LargeGraphFixture() {
    }

    static String model(int i) {
        return ID + "model/scale-model-%04d".formatted(i);
    }

    /** Loads the fixture after the bundled data (not validated: it is made-up data, not the product's). */
    static void register(DynamicPropertyRegistry registry) {
        Path trig = write(Path.of("target", "fixtures", "large-graph.trig"));
        registry.add("internkg.store.additional-data", () -> trig.toAbsolutePath().toUri().toString());
        registry.add("internkg.store.validate-on-start", () -> "false");
    }

    /** The explorer URL that replays every page of the hub's and then the benchmark's neighbours. */
    static String permalink() {
        StringBuilder url = new StringBuilder("/?lang=en");
        int pages = (MODELS + PAGE_SIZE - 1) / PAGE_SIZE;
        for (String iri : new String[] { HUB, BENCHMARK }) {
            url.append(("&x=id:" + iri.substring(ID.length())).repeat(pages));
        }
        return url.toString();
    }

    static Path write(Path trig) {
        try {
            Files.createDirectories(trig.getParent());
            try (Writer out = Files.newBufferedWriter(trig, StandardCharsets.UTF_8)) {
                out.write("""
                        @prefix ikg: <https://w3id.org/internkg/def/> .
                        @prefix prov: <http://www.w3.org/ns/prov#> .
                        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                        <%1$ssource/scale-fixture> {
                          <%1$ssource/scale-fixture> a ikg:SourceDocument ; rdfs:label "Scale fixture"@en ;
                            prov:wasDerivedFrom <https://example.org/fixture/scale> .
                          <%2$s> a ikg:SoftwareTool ; rdfs:label "Scale Hub"@en .
                          <%3$s> a ikg:Benchmark ; rdfs:label "ScaleBench"@en .
                        """.formatted(ID, HUB, BENCHMARK));
                for (int i = 1; i <= MODELS; i++) {
                    out.write("  <%1$s> a ikg:Model ; rdfs:label \"Scale Model %2$04d\"@en ; ikg:evaluatedOn <%3$s> .\n"
                            .formatted(model(i), i, BENCHMARK));
                    out.write("  <%s> ikg:supportsModel <%s> .\n".formatted(HUB, model(i)));
                }
                out.write("}\n");
            }
            return trig;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
