package org.internkg.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.internkg.graph.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

/** The cache is off unless asked for, and then nothing of it is in the request path. */
class CacheConfigurationTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(KnowledgeBase.class, KnowledgeBase::inMemory)
            .withUserConfiguration(CacheConfiguration.class);

    @Test
    void shouldLeaveTheCacheOutOfTheRequestPathByDefault() {
        context.run(app -> assertThat(app.getBean("cachingFilter", FilterRegistrationBean.class).isEnabled()).isFalse());
    }

    @Test
    void shouldPutTheCacheInTheRequestPathWhenEnabled() {
        context.withPropertyValues("internkg.cache.enabled=true")
                .run(app -> assertThat(app.getBean("cachingFilter", FilterRegistrationBean.class).isEnabled()).isTrue());
    }
}
