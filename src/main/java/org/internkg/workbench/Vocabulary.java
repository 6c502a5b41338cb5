package org.internkg.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.internkg.export.RdfOutput;
import org.internkg.export.StoredQuery;
import org.apache.jena.query.Dataset;
import org.internkg.graph.KeptPerRevision;
import org.internkg.graph.KnowledgeBase;
import org.springframework.stereotype.Component;

/**
 * What the workbench's editor completes: the project's prefixes, its own classes and properties, and the labelled
 * entities, all read from the store (no external vocabulary service).
 */
@Component
class Vocabulary {

    private static final StoredQuery TERMS = StoredQuery.load("org/internkg/workbench/vocabulary-terms.rq");
    private static final StoredQuery ENTITIES = StoredQuery.load("org/internkg/workbench/vocabulary-entities.rq");

    /** The same for every client until the store changes. */
    private final KeptPerRevision<Table> table;

    Vocabulary(KnowledgeBase kb) {
        this.table = new KeptPerRevision<>(kb, this::read);
    }

    /** A term with its English and Chinese labels (either may be null). */
    record Term(String iri, String en, String zh) {
    }

    /** The whole completion table, with the revision it was read at (clients cache by it). */
    record Table(Map<String, String> prefixes, List<Term> classes, List<Term> properties, List<Term> entities, long revision) {
    }

    Table read() {
        return table.get();
    }

    private Table read(Dataset ds, long revision) {
        List<Term> classes = new ArrayList<>();
        List<Term> properties = new ArrayList<>();
        for (Map<String, Node> row : TERMS.select(ds, Map.of())) {
            Term term = term(row);
            String kind = row.get("kind").getLiteralLexicalForm();
            ("class".equals(kind) ? classes : properties).add(term);
        }
        List<Term> entities = ENTITIES.select(ds, Map.of()).stream().map(Vocabulary::term).toList();
        return new Table(prefixes(), classes, properties, entities, revision);
    }

    private static Term term(Map<String, Node> row) {
        return new Term(row.get("term").getURI(), lexical(row.get("labelEn")), lexical(row.get("labelZh")));
    }

    private static String lexical(Node node) {
        return node == null ? null : node.getLiteralLexicalForm();
    }

    private static Map<String, String> prefixes() {
        Map<String, String> out = new LinkedHashMap<>();
        RdfOutput.PREFIXES.forEach(out::put);
        return out;
    }
}
