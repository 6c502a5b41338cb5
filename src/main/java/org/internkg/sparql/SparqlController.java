package org.internkg.sparql;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** {@code /sparql}: the SPARQL 1.1 Protocol query operation (read-only) and the service description. */
@Controller
class SparqlController {

    private final SparqlEndpoint endpoint;

    SparqlController(SparqlEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** Parameters are read from the raw request by {@link ProtocolRequest}, so that bytes that are not UTF-8 are refused. */
    @RequestMapping(path = "/sparql", method = {RequestMethod.GET, RequestMethod.HEAD, RequestMethod.POST})
    void query(HttpServletRequest request, HttpServletResponse response) throws IOException {
        endpoint.answer(request, response);
    }

    @RequestMapping(path = "/sparql", method = {RequestMethod.PUT, RequestMethod.DELETE, RequestMethod.PATCH})
    void otherMethods(HttpServletRequest request) {
        throw new SparqlException(HttpStatus.METHOD_NOT_ALLOWED, request.getMethod()
                + " is not a SPARQL protocol query operation; use GET or POST", Map.of("Allow", "GET, HEAD, POST, OPTIONS"));
    }
}
