package org.internkg.changes;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The release catalogue, read once at start-up: a broken manifest stops start-up with its reason. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReleaseProperties.class)
class ChangesConfiguration {

    @Bean
    ReleaseCatalogue releaseCatalogue(ReleaseProperties properties) {
        return ReleaseCatalogue.load(properties.manifests());
    }
}
