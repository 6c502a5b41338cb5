package org.internkg.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The gallery of example queries: the {@code .rq} files under {@code queries/examples/} in the jar (copies of the
 * competency questions), titled by their {@code # Question:} line. Read once at start-up.
 */
@Component
class QueryExamples {

    private static final String PATTERN = "classpath:queries/examples/*.rq";
    private static final String QUESTION = "# Question:";

    /** One example: its file name without {@code .rq}, its question and the query text. */
    record Example(String id, String title, String query) {
    }

    private final List<Example> examples;

    QueryExamples() {
        this.examples = load();
    }

    List<Example> all() {
        return examples;
    }

    private static List<Example> load() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(PATTERN);
            List<Example> out = new ArrayList<>();
            for (Resource file : Arrays.stream(files).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
                try (InputStream in = file.getInputStream()) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    String id = file.getFilename().replaceFirst("\\.rq$", "");
                    out.add(new Example(id, title(text, id), text));
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the example queries", e);
        }
    }

    private static String title(String text, String fallback) {
        return text.lines().filter(l -> l.startsWith(QUESTION)).findFirst()
                .map(l -> l.substring(QUESTION.length()).trim()).orElse(fallback);
    }
}
