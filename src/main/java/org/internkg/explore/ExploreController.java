package org.internkg.explore;

import org.apache.jena.graph.Node;
import org.internkg.explore.ExploreParameters.Direction;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API of the explorer view. Parameters are read as text and checked by {@link ExploreParameters}
 * before a query runs, so every bad parameter gets the same problem detail naming it.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class ExploreController {

    private final SearchQuery search;
    private final ResourceFactsQuery resource;
    private final NeighbourhoodQuery neighbourhood;
    private final OverviewQuery overview;

    ExploreController(SearchQuery search, ResourceFactsQuery resource, NeighbourhoodQuery neighbourhood, OverviewQuery overview) {
        this.search = search;
        this.resource = resource;
        this.neighbourhood = neighbourhood;
        this.overview = overview;
    }

    @GetMapping("/search")
    SearchQuery.Result search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
                              @RequestParam(required = false) String limit) {
        String text = ExploreParameters.searchText("q", q);
        Node typeNode = ExploreParameters.type("type", type);
        int max = ExploreParameters.limit("limit", limit, SearchQuery.DEFAULT_LIMIT, SearchQuery.MAX_LIMIT);
        return search.search(text, typeNode, max);
    }

    @GetMapping("/resource")
    ResourceFactsQuery.Resource resource(@RequestParam(required = false) String iri) {
        return resource.describe(ExploreParameters.iri("iri", iri));
    }

    @GetMapping("/neighbourhood")
    NeighbourhoodQuery.Neighbourhood neighbourhood(@RequestParam(required = false) String iri,
                                                   @RequestParam(required = false) String direction,
                                                   @RequestParam(required = false) String predicate,
                                                   @RequestParam(required = false) String limit,
                                                   @RequestParam(required = false) String offset) {
        Node focus = ExploreParameters.iri("iri", iri);
        Direction dir = ExploreParameters.direction("direction", direction);
        Node p = ExploreParameters.optionalIri("predicate", predicate);
        int max = ExploreParameters.limit("limit", limit, NeighbourhoodQuery.DEFAULT_LIMIT, NeighbourhoodQuery.MAX_LIMIT);
        int from = ExploreParameters.offset("offset", offset);
        return neighbourhood.neighbours(focus, dir, p, max, from);
    }

    @GetMapping("/overview")
    OverviewQuery.Overview overview() {
        return overview.overview();
    }
}
