package org.internkg.changes;

import org.internkg.explore.InvalidParameterException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The "what changed" page at {@code /changes?from=A&to=B} (static {@code changes.html}) and the JSON behind it,
 * {@code /api/changes?from=A&to=B}: read-only; versions are data releases, source graphs or {@code live}.
 */
@Controller
class ChangesController {

    private final ChangesService changes;

    ChangesController(ChangesService changes) {
        this.changes = changes;
    }

    /** Forwarded, not redirected, so that {@code /changes?from=…&to=…} stays a permalink. */
    @GetMapping("/changes")
    String page() {
        return "forward:/changes.html";
    }

    @GetMapping(path = "/api/changes", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ChangesJson between(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return changes.between(required("from", from), required("to", to));
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidParameterException(name, "The parameter '" + name + "' must name a version: a data release id, "
                    + "a source graph (src:<slug> or its IRI) or 'live'.");
        }
        if (value.length() > 500) {
            throw new InvalidParameterException(name, "The parameter '" + name + "' is longer than 500 characters.");
        }
        return value;
    }
}
