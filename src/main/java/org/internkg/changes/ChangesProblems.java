package org.internkg.changes;

import java.net.URI;

import org.internkg.explore.InvalidParameterException;
import org.internkg.graph.RdfSyntaxException;
import org.internkg.system.ClientGone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem details ({@code application/problem+json}) for {@code /api/changes} and {@code /api/versions}, as the explorer's API answers. */
@RestControllerAdvice(assignableTypes = {ChangesController.class, VersionsController.class})
class ChangesProblems {

    private static final Logger log = LoggerFactory.getLogger(ChangesProblems.class);

    @ExceptionHandler
    ProblemDetail invalidParameter(InvalidParameterException e) {
        return e.toProblem();
    }

    @ExceptionHandler
    ProblemDetail unknownVersion(UnknownVersionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Unknown version");
        problem.setType(URI.create("https://w3id.org/internkg/problem/unknown-version"));
        problem.setProperty("version", e.version());
        return problem;
    }

    /** A release file kept on the server does not parse: the server's data is broken, not the request. */
    @ExceptionHandler
    ProblemDetail brokenRelease(RdfSyntaxException e) {
        log.error("A release file does not parse: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "A release kept on this server does not parse; the server log names the file and line.");
        problem.setTitle("Broken release file");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unexpected(RuntimeException e) {
        if (ClientGone.handled(e, log)) {
            return null; // nobody to answer
        }
        log.error("Changes API request failed", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The changes could not be computed; the server log has the details.");
        problem.setTitle("Internal error");
        return problem;
    }
}
