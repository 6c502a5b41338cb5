package org.internkg.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.internkg.explore.GraphLookup.LangLabels;
import org.internkg.graph.KnowledgeBase;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Finds resources by label, alternative label or Hugging Face id, in any language, case-insensitively;
 * exact matches rank above prefix matches above substring matches. A later Lucene index keeps this contract.
 */
@Component
class SearchQuery {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;
    private static final int SNIPPET_LENGTH = 140;

    private final KnowledgeBase kb;
    private final BoundedSelect select = BoundedSelect.load("search.rq", 2000);

    SearchQuery(KnowledgeBase kb) {
        this.kb = kb;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Hit(String iri, LangLabels label, String type, String typeLabel, String huggingFaceId, String snippet,
               String matched) {
    }

    record Result(String query, List<Hit> hits) {
    }

    private record Match(Node resource, String text, String kind, int rank) {
    }

    Result search(String text, Node type, int limit) {
        String needle = text.toLowerCase(Locale.ROOT);
        List<Hit> hits = kb.read(ds -> {
            Map<Node, Match> best = new HashMap<>();
            for (QuerySolution row : select.select(ds, bindings(needle, type))) {
                Match m = new Match(row.get("s").asNode(), row.getLiteral("text").getLexicalForm(),
                        row.getLiteral("kind").getLexicalForm(), 0);
                m = new Match(m.resource(), m.text(), m.kind(), rank(m.text().toLowerCase(Locale.ROOT), needle, m.kind()));
                best.merge(m.resource(), m, (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
            }
            GraphLookup lookup = new GraphLookup(ds);
            List<Match> ranked = new ArrayList<>(best.values());
            ranked.sort(ORDER);
            return ranked.stream().limit(limit).map(m -> hit(lookup, m)).toList();
        });
        return new Result(text, hits);
    }

    private static Map<String, Node> bindings(String needle, Node type) {
        Map<String, Node> b = new HashMap<>();
        b.put("q", NodeFactory.createLiteralString(needle));
        b.put("type", type);
        return b;
    }

    private static final Comparator<Match> ORDER = Comparator.comparingInt(Match::rank)
            .thenComparingInt(m -> m.text().length())
            .thenComparing(Match::text)
            .thenComparing(m -> m.resource().getURI());

    /** 0 exact, 1 prefix, 2 word prefix, 3 substring; a label beats an alternative label beats an id. */
    private static int rank(String haystack, String needle, String kind) {
        int quality;
        if (haystack.equals(needle)) {
            quality = 0;
        } else if (haystack.startsWith(needle)) {
            quality = 1;
        } else if (wordStart(haystack, needle)) {
            quality = 2;
        } else {
            quality = 3;
        }
        int kindRank = switch (kind) {
            case "label" -> 0;
            case "altLabel" -> 1;
            default -> 2;
        };
        return quality * 3 + kindRank;
    }

    private static boolean wordStart(String haystack, String needle) {
        int at = haystack.indexOf(needle);
        while (at > 0) {
            if (!Character.isLetterOrDigit(haystack.charAt(at - 1))) {
                return true;
            }
            at = haystack.indexOf(needle, at + 1);
        }
        return false;
    }

    private static Hit hit(GraphLookup lookup, Match m) {
        Node s = m.resource();
        Node type = lookup.primaryType(s);
        String hf = lookup.firstLiteral(s, GraphLookup.HUGGING_FACE_ID);
        String snippet = switch (m.kind()) {
            case "label" -> null;
            case "altLabel" -> "also known as " + m.text();
            default -> "Hugging Face: " + m.text();
        };
        if (snippet == null) {
            LangLabels d = lookup.description(s);
            String desc = d.en() != null ? d.en() : d.zh();
            snippet = desc == null ? null : desc.length() <= SNIPPET_LENGTH ? desc : desc.substring(0, SNIPPET_LENGTH - 1) + "…";
        }
        return new Hit(s.getURI(), lookup.labels(s), type.isURI() ? GraphLookup.localName(type) : null,
                type.isURI() ? lookup.displayLabel(type) : null, hf, snippet, m.text());
    }
}
