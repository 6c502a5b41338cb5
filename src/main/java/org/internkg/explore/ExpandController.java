package org.internkg.explore;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/expand}: multi-hop typed expansion. {@code preview=true} answers what would be added (counts and
 * node IRIs); otherwise one page of Cytoscape elements.
 */
@RestController
class ExpandController {

    private final MultiHopExpansion expansion;

    ExpandController(MultiHopExpansion expansion) {
        this.expansion = expansion;
    }

    @GetMapping(path = "/api/expand", produces = MediaType.APPLICATION_JSON_VALUE)
    Object expand(@RequestParam(required = false) String iri, @RequestParam(required = false) String hops,
                  @RequestParam(required = false) List<String> predicate, @RequestParam(required = false) List<String> type,
                  @RequestParam(required = false) String limit, @RequestParam(required = false) String offset,
                  @RequestParam(required = false) String preview) {
        Node focus = ExploreParameters.iri("iri", iri);
        int depth = hops(hops);
        List<Node> predicates = new ArrayList<>();
        if (predicate != null) {
            predicate.stream().filter(p -> !p.isBlank()).forEach(p -> predicates.add(ExploreParameters.iri("predicate", p)));
        }
        Set<Node> types = new LinkedHashSet<>();
        if (type != null) {
            type.stream().filter(t -> !t.isBlank()).forEach(t -> types.add(ExploreParameters.type("type", t)));
        }
        int max = ExploreParameters.limit("limit", limit, MultiHopExpansion.DEFAULT_LIMIT, MultiHopExpansion.MAX_LIMIT);
        int from = ExploreParameters.offset("offset", offset);
        if (preview != null && !preview.isBlank() && !preview.equals("false")) {
            if (!preview.equals("true")) {
                throw new InvalidParameterException("preview", "The parameter 'preview' must be true or false.");
            }
            return expansion.preview(focus, depth, predicates, types);
        }
        return expansion.page(focus, depth, predicates, types, max, from);
    }

    private static int hops(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("hops", "The parameter 'hops' must be an integer from 1 to " + MultiHopExpansion.MAX_HOPS + ".");
        }
        if (n < 1 || n > MultiHopExpansion.MAX_HOPS) {
            throw new InvalidParameterException("hops", "The parameter 'hops' must be an integer from 1 to " + MultiHopExpansion.MAX_HOPS + ".");
        }
        return n;
    }
}
