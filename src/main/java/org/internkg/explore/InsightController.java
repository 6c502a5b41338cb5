package org.internkg.explore;

import java.time.LocalDate;

import org.apache.jena.graph.Node;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The questions beyond "expand a node": how two resources are connected, what came out when, which tool serves
 * which stage, what a course teaches with what, and how two models differ. Same parameter checks and problem
 * details as {@link ExploreController}.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Insights", description = "Paths, timeline, pipeline stages, courses and model comparison")
class InsightController {

    private final PathQuery path;
    private final TimelineQuery timeline;
    private final StagesQuery stages;
    private final CoursesQuery courses;
    private final CompareQuery compare;

    InsightController(PathQuery path, TimelineQuery timeline, StagesQuery stages, CoursesQuery courses, CompareQuery compare) {
        this.path = path;
        this.timeline = timeline;
        this.stages = stages;
        this.courses = courses;
        this.compare = compare;
    }

    @Operation(summary = "Shortest connecting paths between two resources, links followed in either direction",
            description = "Nodes and edges as Cytoscape elements, and one sentence per path whose arrows follow the triples. "
                    + "Source documents, reified statements, reported values, the TBox and literals are not connections.")
    @GetMapping("/path")
    PathQuery.Paths path(@Parameter(description = "IRI of the first resource") @RequestParam(required = false) String from,
                         @Parameter(description = "IRI of the second resource") @RequestParam(required = false) String to,
                         @Parameter(description = "longest path in links, 1–6 (default 4)") @RequestParam(required = false) String maxLength,
                         @Parameter(description = "number of paths, 1–20 (default 5)") @RequestParam(required = false) String limit) {
        Node a = ExploreParameters.iri("from", from);
        Node b = ExploreParameters.iri("to", to);
        if (a.equals(b)) {
            throw new InvalidParameterException("to", "The parameters 'from' and 'to' name the same resource; choose two.");
        }
        int length = ExploreParameters.limit("maxLength", maxLength, PathQuery.DEFAULT_MAX_LENGTH, PathQuery.MAX_MAX_LENGTH);
        int max = ExploreParameters.limit("limit", limit, PathQuery.DEFAULT_LIMIT, PathQuery.MAX_LIMIT);
        return path.paths(a, b, length, max);
    }

    @Operation(summary = "Releases in date order, with family, variant, size, source and disputed dates")
    @GetMapping("/timeline")
    TimelineQuery.Timeline timeline(@Parameter(description = "earliest date: 2024, 2024-07 or 2024-07-03") @RequestParam(required = false) String from,
                                    @Parameter(description = "latest date: 2024, 2024-07 or 2024-07-03") @RequestParam(required = false) String to,
                                    @Parameter(description = "IRI of a model family") @RequestParam(required = false) String family) {
        LocalDate start = DateParameters.start("from", from);
        LocalDate end = DateParameters.end("to", to);
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidParameterException("to", "The parameter 'to' is before 'from'.");
        }
        return timeline.timeline(start, end, ExploreParameters.optionalIri("family", family));
    }

    @Operation(summary = "The pipeline stages in order with the tools that serve each")
    @GetMapping("/stages")
    StagesQuery.Stages stages() {
        return stages.stages();
    }

    @Operation(summary = "Courses and their lessons in order, with the tools, models, datasets and platforms each uses")
    @GetMapping("/courses")
    CoursesQuery.Courses courses(@Parameter(description = "IRI of one course (default: all)") @RequestParam(required = false) String course) {
        return courses.courses(ExploreParameters.optionalIri("course", course));
    }

    @Operation(summary = "Two models side by side, every value with its sources")
    @GetMapping("/compare")
    CompareQuery.Comparison compare(@Parameter(description = "IRI of the first model") @RequestParam(required = false) String a,
                                    @Parameter(description = "IRI of the second model") @RequestParam(required = false) String b) {
        return compare.compare(ExploreParameters.iri("a", a), ExploreParameters.iri("b", b));
    }
}
