package org.internkg.graph;

import org.apache.jena.sys.JenaSystem;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Initialises Jena (about a thousand classes and its registries of parsers, writers and functions: a second or
 * more of a start on two cores) on a second thread while Spring prepares the environment and reads its
 * configuration classes, which touch no Jena class. Bean creation waits for it: {@link JenaSystem#init()} marks
 * itself done as soon as it begins, so a second thread calling it meanwhile would go on with half-built registries.
 */
public final class JenaBackgroundInit implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private final Thread thread = new Thread(JenaSystem::init, "jena-init");

    private JenaBackgroundInit() {
        thread.setDaemon(true);
    }

    /** Starts initialising Jena now; add the result to the application's initializers. */
    public static JenaBackgroundInit start() {
        JenaBackgroundInit init = new JenaBackgroundInit();
        init.thread.start();
        return init;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        // Bean factory post-processors added here run after the configuration classes are parsed and before any
        // bean is created.
        context.addBeanFactoryPostProcessor(beanFactory -> awaitInitialised());
    }

    void awaitInitialised() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Jena was initialising", e);
        }
    }
}
