package org.internkg.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The downloads, the VoID description and the resource descriptions are public data: any web page may read them.
 * Reading only (GET, HEAD) and without credentials, so a cross-origin page gains nothing it could not fetch itself.
 */
@Configuration(proxyBeanMethods = false)
class LinkedDataCorsConfiguration implements WebMvcConfigurer {

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        for (String pattern : new String[] {"/data", "/void", "/id/**", "/def/**"}) {
            registry.addMapping(pattern).allowedOrigins("*").allowedMethods("GET", "HEAD")
                    .exposedHeaders(HttpHeaders.ETAG, HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.VARY);
        }
    }
}
