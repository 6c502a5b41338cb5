package org.internkg.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

class QueryPolicyTests {

    final QueryPolicy policy = new QueryPolicy(new QueryProperties(Duration.ofSeconds(1), 500, 100L, 1));

    static ProtocolRequest request(String query) {
        return new ProtocolRequest(query, List.of(), List.of(), null, Set.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT * { SERVICE <http://example.org/s> { ?s ?p ?o } }",
            "SELECT * { SERVICE SILENT <http://example.org/s> { ?s ?p ?o } }",
            "SELECT * { ?s ?p ?o OPTIONAL { SERVICE <http://example.org/s> { ?s ?p ?o } } }",
            "SELECT * { ?s ?p ?o FILTER NOT EXISTS { SERVICE <http://example.org/s> { ?s ?p ?o } } }",
            "SELECT * { { SELECT ?s { SERVICE ?svc { ?s ?p ?o } } } }",
            "ASK { BIND(EXISTS { SERVICE <http://example.org/s> {} } AS ?x) }",
            "SELECT (<java:org.example.Evil>(?s) AS ?x) { ?s ?p ?o }",
            "SELECT * { ?s ?p ?o FILTER(<http://jena.apache.org/ARQ/jsFunction#f>(?o)) }",
            "SELECT * { ?s <java:org.example.PropertyFunction> ?o }",
            "SELECT * { ?s ?p ?o } ORDER BY <js:f>(?o)",
            "SELECT * { { SELECT ?o { ?s ?p ?o } ORDER BY <java:org.example.Evil>(?o) LIMIT 1 } }"})
    void shouldRefuseFederationAndClientNamedCode(String query) {
        assertThatThrownBy(() -> policy.validate(request(query)))
                .isInstanceOfSatisfying(SparqlException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST));
    }

    @Test
    void shouldCapRowsWithTheServerLimit() {
        assertThat(policy.validate(request("SELECT * { ?s ?p ?o }")).query().getLimit()).isEqualTo(100);
        assertThat(policy.validate(request("SELECT * { ?s ?p ?o } LIMIT 5")).query().getLimit()).isEqualTo(5);
        assertThat(policy.validate(request("SELECT * { ?s ?p ?o } LIMIT 5000")).query().getLimit()).isEqualTo(100);
    }

    @Test
    void shouldRefuseOversizeUpdatesAndSyntaxErrors() {
        assertThatThrownBy(() -> policy.validate(request("ASK {} #" + "x".repeat(600))))
                .isInstanceOfSatisfying(SparqlException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE));
        assertThatThrownBy(() -> policy.validate(request("LOAD <http://example.org/x>"))).hasMessageContaining("read-only");
        assertThatThrownBy(() -> policy.validate(request("SELECT *\nWHERE {\n  ?s ?p }"))).hasMessageStartingWith("Syntax error at line 3, column");
        // The offending token's line, not the last accepted one: the editor marks where the fault is.
        assertThatThrownBy(() -> policy.validate(request("SELECT *\nWHERE {\n  ?s ?p ?o FILTER(?o = 1\n}")))
                .hasMessageStartingWith("Syntax error at line 4, column 1:");
    }

    @Test
    void shouldKeepFromAsStoreGraphNames() {
        var validated = policy.validate(request("SELECT * FROM <http://example.org/g> { ?s ?p ?o }"));
        assertThat(validated.query().hasDatasetDescription()).isFalse();
        assertThat(validated.dataset().getDefaultGraphURIs()).containsExactly("http://example.org/g");
    }

    @Test
    void limiterRefusesBeyondItsPermitsAndReleases() {
        ConcurrencyLimiter limiter = new ConcurrencyLimiter(1, 3);
        try (var permit = limiter.acquire()) {
            assertThatThrownBy(limiter::acquire).isInstanceOfSatisfying(SparqlException.class,
                    e -> assertThat(e.headers()).containsEntry("Retry-After", "3"));
        }
        assertThat(limiter.available()).isEqualTo(1);
    }
}
