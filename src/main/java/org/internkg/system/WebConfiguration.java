package org.internkg.system;

import org.apache.catalina.Lifecycle;
import org.internkg.security.PlainErrorReport;
import org.internkg.security.SecurityHeaders;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one place for what the web side tells browsers: the security headers of every response
 * ({@link SecurityHeaders}) and cross-origin access.
 *
 * <p>CORS: the SPARQL endpoint is public and read-only, so query editors (YASGUI) and notebooks served from other
 * origins may call it; the downloads, the VoID description and the resource descriptions are public data that
 * any web page may read (GET, HEAD). No credentials are involved, so any origin is safe; Graph Store writes are
 * not open to other origins (a browser page elsewhere must not be able to send the write token's requests).
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
        for (String pattern : new String[] {"/data", "/void", "/id/**", "/def/**"}) {
            registry.addMapping(pattern).allowedOrigins("*").allowedMethods("GET", "HEAD")
                    .exposedHeaders(HttpHeaders.ETAG, HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.VARY);
        }
    }

    @Bean
    SecurityHeaders securityHeaders() {
        return SecurityHeaders.forExplorer();
    }

    /** First of all filters, so that every answer, errors included, carries the headers. */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeadersFilter(SecurityHeaders headers) {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(headers);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Requests Tomcat refuses itself (bad URLs) get a plain-text reason with the same headers, not Tomcat's page. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> plainTomcatErrors(SecurityHeaders headers) {
        return factory -> factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.CONFIGURE_START_EVENT.equals(event.getType())) {
                PlainErrorReport.install(context.getParent(), headers);
            }
        }));
    }
}
