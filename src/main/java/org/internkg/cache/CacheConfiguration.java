package org.internkg.cache;

import org.internkg.graph.KnowledgeBase;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** With {@code internkg.cache.enabled=true}, the response cache in front of {@code /sparql} and {@code /api/*}; otherwise nothing at all. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CacheProperties.class)
@ConditionalOnBooleanProperty("internkg.cache.enabled")
class CacheConfiguration {

    @Bean
    ResponseCache responseCache(CacheProperties properties) {
        return new ResponseCache(properties.maxBytes());
    }

    /** After the security headers (which every answer, cached or not, gets from their own filter). */
    @Bean
    FilterRegistrationBean<CachingFilter> cachingFilter(ResponseCache cache, KnowledgeBase knowledgeBase, CacheProperties properties) {
        FilterRegistrationBean<CachingFilter> registration = new FilterRegistrationBean<>(
                new CachingFilter(cache, knowledgeBase, properties.maxEntryBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/sparql", "/api/*");
        return registration;
    }
}
