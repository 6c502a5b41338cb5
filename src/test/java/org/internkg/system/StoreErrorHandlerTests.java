package org.internkg.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.query.QueryCancelledException;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** A query past its time limit in a controller with no mapping of its own (VoID, the vocabulary) is a 503, not a 500. */
class StoreErrorHandlerTests {

    private final StoreErrorHandler handler = new StoreErrorHandler();

    @Test
    void shouldAnswerATimeoutUnderApiAsProblemDetails() {
        ResponseEntity<?> answer = handler.timeout(new QueryCancelledException(), new MockHttpServletRequest("GET", "/api/vocabulary"));
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(((ProblemDetail) answer.getBody()).getDetail()).isEqualTo("The knowledge base did not answer in time.");
    }

    @Test
    void shouldAnswerATimeoutElsewhereAsPlainText() {
        ResponseEntity<?> answer = handler.timeout(new QueryCancelledException(), new MockHttpServletRequest("GET", "/void"));
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_PLAIN)).isTrue();
        assertThat(answer.getBody()).isEqualTo("The knowledge base did not answer in time.\n");
    }
}
