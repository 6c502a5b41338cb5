package org.internkg.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.internkg.graph.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The cache is off unless asked for, and then nothing of it is in the request path. */
class CacheConfigurationTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(KnowledgeBase.class, KnowledgeBase::inMemory)
            .withUserConfiguration(CacheConfiguration.class);

    @Test
    void shouldInstallNoCacheByDefault() {
        context.run(app -> assertThat(app).doesNotHaveBean(ResponseCache.class).doesNotHaveBean(CachingFilter.class));
    }

    @Test
    void shouldInstallTheCacheWhenEnabled() {
        context.withPropertyValues("internkg.cache.enabled=true")
                .run(app -> assertThat(app).hasSingleBean(ResponseCache.class));
    }
}
