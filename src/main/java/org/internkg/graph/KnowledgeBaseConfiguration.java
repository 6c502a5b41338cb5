package org.internkg.graph;

import java.util.Optional;

import org.internkg.validation.KnowledgeBaseInvalidException;
import org.internkg.validation.KnowledgeBaseValidator;
import org.internkg.validation.ValidationReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Opens the store (or takes the store of the bundled data that {@link BundledStorePreload} opened during
 * start-up), fills a new store on disk from the bundled data, and refuses to start on invalid data.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreProperties.class)
class KnowledgeBaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBaseConfiguration.class);

    @Bean
    BundledData bundledData() {
        return new BundledData();
    }

    @Bean
    KnowledgeBaseValidator knowledgeBaseValidator(BundledData bundled) {
        return new KnowledgeBaseValidator(bundled);
    }

    @Bean(destroyMethod = "close")
    KnowledgeBase knowledgeBase(StoreProperties properties, BundledData bundled, KnowledgeBaseValidator validator,
                                ObjectProvider<BundledStorePreload> preload) {
        Optional<KnowledgeBase> preloaded = Optional.ofNullable(preload.getIfAvailable()).flatMap(p -> p.take(properties));
        KnowledgeBase kb = preloaded.orElseGet(() -> KnowledgeBase.open(properties));
        if (properties.mode() == StoreProperties.Mode.REMOTE) {
            // Replicas share the store: none of them fills or checks it at start-up (that is `load --remote`),
            // and a store that is down at start-up is reported on the first request, not by a failed start.
            log.info("Knowledge base on the remote SPARQL store {}", properties.remote().queryUrl());
            return kb;
        }
        try {
            boolean loadedOtherData = false;
            if (properties.inMemory() || kb.isEmpty()) {
                if (kb.isEmpty()) {
                    bundled.loadInto(kb);
                }
                properties.additionalData().forEach(location -> bundled.loadInto(kb, location));
                loadedOtherData = !properties.additionalData().isEmpty();
            }
            if (properties.validatesAtStart(loadedOtherData)) {
                ValidationReport report = kb.read(ds -> validator.validate(ds.asDatasetGraph()));
                if (!report.conforms()) {
                    throw new KnowledgeBaseInvalidException("the knowledge base", report);
                }
                log.info("Knowledge base conforms to the shapes ({} warnings)", report.warnings().size());
            }
            return kb;
        } catch (RuntimeException e) {
            kb.close();
            throw e;
        }
    }
}
