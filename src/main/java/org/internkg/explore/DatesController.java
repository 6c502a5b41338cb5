package org.internkg.explore;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/dates}: the first day of every dated entity, which the explorer's time slider compares with the
 * chosen day to show the ecosystem as it stood then. One answer for the whole store (a few hundred entries), so
 * scrubbing and playing need no further request.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Insights", description = "Paths, timeline, pipeline stages, courses and model comparison")
class DatesController {

    private final EntityDatesQuery dates;

    DatesController(EntityDatesQuery dates) {
        this.dates = dates;
    }

    @Operation(summary = "The day each dated entity entered the ecosystem, oldest first",
            description = "basis says which rule dated it: 'published' (its own schema:datePublished), 'release' (its "
                    + "first dated release, e.g. a tool's first version) or 'member' (a family's first dated model). "
                    + "Entities without any such date are not listed: the explorer shows them at every date.")
    @GetMapping("/dates")
    EntityDatesQuery.EntityDates dates() {
        return dates.dates();
    }
}
