package org.internkg.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.sparql.core.DatasetGraph;
import org.internkg.graph.BundledData;
import org.internkg.graph.RdfFiles;
import org.junit.jupiter.api.Test;

/** A deliberately broken fixture gives exactly the violations and warnings a curator would expect. */
class KnowledgeBaseValidatorTests {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @Test
    void shouldReportExactlyTheExpectedViolationsAndWarningsForTheBrokenFixture() throws IOException {
        DatasetGraph broken = RdfFiles.readDataset(FIXTURES.resolve("shapes-broken.trig"));

        ValidationReport report = new KnowledgeBaseValidator(new BundledData()).validate(broken);

        Set<String> found = report.findings().stream()
                .map(f -> f.focus() + "," + (f.path() == null ? "" : f.path().replaceAll("^<|>$", "")) + ","
                        + capitalised(f.severity().name()))
                .collect(Collectors.toSet());
        assertThat(found).as(report.describe()).isEqualTo(expected("shapes-broken.expected.csv"));
        assertThat(report.conforms()).isFalse();
    }

    @Test
    void shouldGiveEveryFindingAMessageAPersonCanRead() {
        DatasetGraph broken = RdfFiles.readDataset(FIXTURES.resolve("shapes-broken.trig"));

        ValidationReport report = new KnowledgeBaseValidator(new BundledData()).validate(broken);

        assertThat(report.findings()).allSatisfy(f -> assertThat(f.message()).isNotBlank().doesNotContain("sh:")
                .doesNotStartWith("[").doesNotContain("\"@en").doesNotContain("\"@zh"));
    }

    private static Set<String> expected(String name) throws IOException {
        return Files.readAllLines(FIXTURES.resolve(name), StandardCharsets.UTF_8).stream()
                .skip(1).map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.toSet());
    }

    private static String capitalised(String severity) {
        return severity.charAt(0) + severity.substring(1).toLowerCase(Locale.ROOT);
    }
}
