package org.internkg.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Cross-origin reads: the SPARQL endpoint is public and read-only, so query editors (YASGUI) and notebooks
 * served from other origins may call it. No credentials are involved, so any origin is safe.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/sparql")
                .allowedOrigins("*")
                .allowedMethods("GET", "POST", "HEAD", "OPTIONS")
                .allowedHeaders("*")
                .exposedHeaders("ETag", "Last-Modified", "Retry-After", "Vary")
                .maxAge(3600);
    }
}
