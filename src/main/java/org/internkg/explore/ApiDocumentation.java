package org.internkg.explore;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/** The title and summary of the OpenAPI description springdoc serves at {@code /api/docs/openapi.json}. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI internKgOpenApi() {
        return new OpenAPI().info(new Info()
                .title("InternKG JSON API")
                .version("0.1.0")
                .description("The explorer's read-only JSON API over the InternLM (书生·浦语) knowledge graph: search, "
                        + "resource facts with sources, neighbourhoods, paths, timeline, pipeline stages, courses and "
                        + "model comparison. Errors are RFC 9457 problem details (400 names the parameter, 404 an "
                        + "unknown IRI). SPARQL 1.1 is at /sparql."));
    }
}
