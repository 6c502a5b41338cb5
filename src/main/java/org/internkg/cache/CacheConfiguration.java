package org.internkg.cache;

import org.internkg.graph.KnowledgeBase;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The response cache in front of {@code /sparql} and {@code /api/*}, in the request path only with
 * {@code internkg.cache.enabled=true}. Decided when the server starts, not by a bean condition: the packaged jar's
 * bean definitions are fixed at build time (Spring AOT, README "Start-up"), and the switch must still work there.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CacheProperties.class)
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
        registration.setEnabled(properties.enabled());
        return registration;
    }
}
