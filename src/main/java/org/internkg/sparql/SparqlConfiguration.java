package org.internkg.sparql;

import org.internkg.graph.KnowledgeBase;
import org.internkg.system.PublicProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the SPARQL endpoint; its limits are {@link QueryProperties}, its public name {@link PublicProperties}. */
@Configuration(proxyBeanMethods = false)
class SparqlConfiguration {

    @Bean
    SparqlEndpoint sparqlEndpoint(KnowledgeBase knowledgeBase, QueryProperties limits, PublicProperties publicProperties) {
        ServiceDescription description = new ServiceDescription(knowledgeBase,
                publicProperties.resolve("sparql"), publicProperties.resolve("void"));
        return new SparqlEndpoint(knowledgeBase, limits, description);
    }
}
