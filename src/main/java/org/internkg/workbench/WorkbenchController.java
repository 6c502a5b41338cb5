package org.internkg.workbench;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The SPARQL workbench: the page at {@code /query} (static {@code query.html}) and the two small JSON answers it
 * needs besides {@code /sparql}: its settings with the example gallery, and the completion vocabulary.
 */
@Controller
class WorkbenchController {

    private final QueryExamples examples;
    private final Vocabulary vocabulary;
    private final WorkbenchProperties properties;

    WorkbenchController(QueryExamples examples, Vocabulary vocabulary, WorkbenchProperties properties) {
        this.examples = examples;
        this.vocabulary = vocabulary;
        this.properties = properties;
    }

    /** What the page needs at start: its settings and the example gallery. */
    record Settings(int tableRows, List<QueryExamples.Example> examples) {
    }

    /** Forwarded, not redirected, so {@code /query?q=…} permalinks keep their address. */
    @GetMapping("/query")
    String page() {
        return "forward:/query.html";
    }

    @GetMapping(path = "/api/workbench", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Settings settings() {
        return new Settings(properties.tableRows(), examples.all());
    }

    @GetMapping(path = "/api/vocabulary", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Vocabulary.Table vocabulary() {
        return vocabulary.read();
    }
}
