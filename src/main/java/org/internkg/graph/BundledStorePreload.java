package org.internkg.graph;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Opens the store of the bundled data ({@link KnowledgeBase#withBundledData}) on a second thread while Spring builds
 * its context, for a start whose configuration asks for the in-memory store (the default). Copying the build's
 * store image and opening it is cold code in a fresh JVM (filling a store instead, when there is no image, is one to
 * three seconds), and the main thread has seconds of work that touches no store meanwhile.
 *
 * <p>The knowledge-base bean takes the store from here ({@link #take}) and goes on exactly as with a store it
 * filled itself: additional data, validation, a failure still fails the start (the preload's own failure is
 * rethrown there). A store nobody took is closed with the context.
 */
public final class BundledStorePreload implements ApplicationContextInitializer<ConfigurableApplicationContext>, DisposableBean {

    static final String BEAN_NAME = "bundledStorePreload";

    private final JenaBackgroundInit jena;
    private volatile CompletableFuture<KnowledgeBase> store;
    private volatile boolean taken;

    private BundledStorePreload(JenaBackgroundInit jena) {
        this.jena = jena;
    }

    /** A preload that starts once the configuration is known; add it after {@code jena} to the initializers. */
    public static BundledStorePreload after(JenaBackgroundInit jena) {
        return new BundledStorePreload(jena);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!(context.getBeanFactory() instanceof DefaultListableBeanFactory beans) || !asksForInMemoryStore(context)) {
            return;
        }
        CompletableFuture<KnowledgeBase> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> fill(future), "bundled-store-preload");
        thread.setDaemon(true);
        store = future;
        thread.start();
        beans.registerSingleton(BEAN_NAME, this);
        // Singletons registered by hand get no destroy callback of their own; this one closes an untaken store
        // when the context closes or its refresh fails.
        beans.registerDisposableBean(BEAN_NAME, this);
    }

    /** The in-memory store holding the bundled data, when this start preloaded it for {@code properties}. */
    Optional<KnowledgeBase> take(StoreProperties properties) {
        CompletableFuture<KnowledgeBase> future = store;
        if (future == null || !properties.inMemory()) {
            return Optional.empty();
        }
        try {
            KnowledgeBase kb = future.get();
            taken = true;
            return Optional.of(kb);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the bundled data was loading", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot load the bundled data: " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public void destroy() {
        CompletableFuture<KnowledgeBase> future = store;
        if (future != null && !taken) {
            future.thenAccept(KnowledgeBase::close);
        }
    }

    private void fill(CompletableFuture<KnowledgeBase> future) {
        try {
            jena.awaitInitialised();
            future.complete(KnowledgeBase.withBundledData());
        } catch (RuntimeException | Error e) {
            future.completeExceptionally(e);
        }
    }

    /**
     * Reads the store settings as the bean will; settings that do not bind (a remote store without its URL) are
     * left for the bean to report, so no preload starts for them.
     */
    private static boolean asksForInMemoryStore(ConfigurableApplicationContext context) {
        try {
            return Binder.get(context.getEnvironment()).bind("internkg.store", StoreProperties.class)
                    .map(StoreProperties::inMemory)
                    .orElse(true);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
