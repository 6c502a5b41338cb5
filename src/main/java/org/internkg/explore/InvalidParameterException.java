package org.internkg.explore;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A request parameter of the JSON API is missing or malformed: 400, naming the parameter. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;

    public InvalidParameterException(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** The one problem detail for it, whichever API's advice answers. */
    public ProblemDetail toProblem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, getMessage());
        problem.setTitle("Invalid parameter");
        problem.setType(URI.create("https://w3id.org/internkg/problem/invalid-parameter"));
        problem.setProperty("parameter", parameter);
        return problem;
    }
}
