package org.internkg.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.internkg.graph.BundledKnowledgeBase;
import org.internkg.graph.KnowledgeBase;
import org.internkg.graph.RemoteBundledKnowledgeBase;
import org.internkg.graph.StoreQueries;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The competency questions: each {@code NN-name.rq} beside an {@code NN-name.csv} answer that was written from
 * the source the query file cites, never captured by running the query. Compared as SPARQL CSV values, in order
 * when the query orders its results.
 */
class CompetencyQuestionTests {

    private static final Path QUESTIONS = Path.of("src/test/resources/competency");

    @TestFactory
    Stream<DynamicTest> shouldAnswerEachCompetencyQuestionAsItsSourceSays() throws IOException {
        List<Path> queries;
        try (Stream<Path> files = Files.list(QUESTIONS)) {
            queries = files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertThat(queries).as("competency questions").hasSizeGreaterThanOrEqualTo(25);
        // The same questions, the same expected answers, on the embedded store and on a real Fuseki in remote mode.
        Stream<DynamicTest> embedded = queries.stream().map(file -> DynamicTest.dynamicTest(
                "embedded " + file.getFileName(), () -> check(BundledKnowledgeBase.get(), file)));
        Stream<DynamicTest> remote = queries.stream().map(file -> DynamicTest.dynamicTest(
                "remote " + file.getFileName(), () -> check(RemoteBundledKnowledgeBase.get(), file)));
        return Stream.concat(embedded, remote);
    }

    @TestFactory
    Stream<DynamicTest> shouldCiteASourceForEveryExpectedAnswer() throws IOException {
        try (Stream<Path> files = Files.list(QUESTIONS)) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                        String text = Files.readString(file);
                        assertThat(text).containsPattern("(?m)^# Question: \\S");
                        assertThat(text).containsPattern("(?m)^# Source: https?://\\S+");
                    }));
        }
    }

    private static void check(KnowledgeBase kb, Path queryFile) throws IOException {
        Query query = QueryFactory.create(Files.readString(queryFile));
        Path answerFile = Path.of(queryFile.toString().replaceFirst("\\.rq$", ".csv"));
        List<String> expected = Files.readAllLines(answerFile, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        List<String> actual = kb.read(ds -> {
            try (QueryExecution exec = StoreQueries.newQuery(ds).query(query).build()) {
                return query.isAskType() ? List.of("_askResult", Boolean.toString(exec.execAsk()))
                        : csvLines(exec.execSelect());
            }
        });
        assertThat(actual.get(0)).as("header of " + answerFile.getFileName()).isEqualTo(expected.get(0));
        if (query.isOrdered()) {
            assertThat(actual.subList(1, actual.size())).isEqualTo(expected.subList(1, expected.size()));
        } else {
            assertThat(actual.subList(1, actual.size())).containsExactlyInAnyOrderElementsOf(expected.subList(1, expected.size()));
        }
    }

    /** The results as SPARQL 1.1 CSV lines, written by Jena. */
    private static List<String> csvLines(ResultSet results) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ResultSetMgr.write(out, results, ResultSetLang.RS_CSV);
        return out.toString(StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
    }
}
