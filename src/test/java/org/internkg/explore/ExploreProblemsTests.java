package org.internkg.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

@ExtendWith(OutputCaptureExtension.class)
class ExploreProblemsTests {

    private final ExploreProblems problems = new ExploreProblems();

    @Test
    void aClientThatLeftMidAnswerIsNeitherAnsweredNorLoggedAsAnError(CapturedOutput output) {
        // the chain Tomcat and Jackson produce when a client closes the connection (seen in a benchmark's log)
        var e = new HttpMessageNotWritableException("Could not write JSON: ServletOutputStream failed to write",
                new AsyncRequestNotUsableException("ServletOutputStream failed to write: java.io.IOException: Broken pipe",
                        new IOException("Broken pipe")));

        assertThat(problems.unexpected(e)).as("nothing to write to a closed connection").isNull();
        assertThat(output).doesNotContain("ERROR").doesNotContain("Broken pipe");
    }

    @Test
    void aRealFailureIsStillA500WithItsStackTraceInTheLog(CapturedOutput output) {
        var problem = problems.unexpected(new IllegalStateException("a bug"));

        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getDetail()).doesNotContain("a bug");
        assertThat(output).contains("ERROR").contains("Explorer API request failed").contains("IllegalStateException: a bug");
    }
}
