package org.internkg.explore;

import java.util.List;

import org.apache.jena.graph.Node;
import org.internkg.explore.GraphLookup.LangLabels;
import org.internkg.graph.KnowledgeBase;
import org.internkg.search.SearchIndex;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Renders the matches of the full-text index ({@link SearchIndex}: labels, alternative labels, Hugging Face ids
 * and descriptions, English and Chinese, with typo tolerance) as the {@code /api/search} hits.
 */
@Component
class SearchQuery {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;
    private static final int SNIPPET_LENGTH = 140;

    private final KnowledgeBase kb;
    private final SearchIndex index;

    SearchQuery(KnowledgeBase kb, SearchIndex index) {
        this.kb = kb;
        this.index = index;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Hit(String iri, LangLabels label, String type, String typeLabel, String huggingFaceId, String snippet,
               String matched) {
    }

    record Result(String query, List<Hit> hits) {
    }

    Result search(String text, Node type, int limit) {
        List<SearchIndex.Match> matches = index.search(text, type, limit);
        List<Hit> hits = kb.read(ds -> {
            GraphLookup lookup = new GraphLookup(ds);
            return matches.stream().map(m -> hit(lookup, m)).toList();
        });
        return new Result(text, hits);
    }

    private static Hit hit(GraphLookup lookup, SearchIndex.Match m) {
        Node s = m.resource();
        Node type = lookup.primaryType(s);
        String hf = lookup.firstLiteral(s, GraphLookup.HUGGING_FACE_ID);
        String snippet = switch (m.kind()) {
            case "altLabel" -> "also known as " + m.matched();
            case "huggingFaceId" -> "Hugging Face: " + m.matched();
            case "description" -> shorten(m.matched());
            default -> null;
        };
        if (snippet == null) {
            LangLabels d = lookup.description(s);
            snippet = shorten(d.en() != null ? d.en() : d.zh());
        }
        return new Hit(s.getURI(), lookup.labels(s), type.isURI() ? GraphLookup.localName(type) : null,
                type.isURI() ? lookup.displayLabel(type) : null, hf, snippet, m.matched());
    }

    private static String shorten(String text) {
        return text == null ? null : text.length() <= SNIPPET_LENGTH ? text : text.substring(0, SNIPPET_LENGTH - 1) + "…";
    }
}
