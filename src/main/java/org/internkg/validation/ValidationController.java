package org.internkg.validation;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/validation}: the shapes and data checks run over the store, as findings the explorer draws. */
@RestController
class ValidationController {

    private final ValidationFindings findings;

    ValidationController(ValidationFindings findings) {
        this.findings = findings;
    }

    @GetMapping(path = "/api/validation", produces = MediaType.APPLICATION_JSON_VALUE)
    ValidationFindings.Snapshot validation() {
        return findings.current();
    }
}
