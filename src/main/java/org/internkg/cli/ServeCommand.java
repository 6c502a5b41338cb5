package org.internkg.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.internkg.InternKgApplication;
import org.internkg.graph.BundledStorePreload;
import org.internkg.graph.JenaBackgroundInit;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** Runs the web explorer and the SPARQL endpoint; every {@code --name=value} is a Spring property. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the explorer, the SPARQL endpoint and the downloads (default command).%n"
                + "Options of the form --name=value set configuration, e.g. --server.port=9090 --internkg.store.location=data")
class ServeCommand implements Callable<Integer> {

    /** Exit code that tells {@code main} not to exit: the web server keeps the JVM alive. */
    static final int KEEP_RUNNING = -1;

    @Unmatched
    private List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
        application().run(springArguments.toArray(String[]::new));
        return KEEP_RUNNING;
    }

    /**
     * The server as {@code serve} starts it: Jena initialises, and the in-memory store fills with the bundled data,
     * on a second thread while Spring reads its configuration.
     */
    static SpringApplication application() {
        SpringApplication application = new SpringApplication(InternKgApplication.class);
        JenaBackgroundInit jena = JenaBackgroundInit.start();
        application.addInitializers(jena, BundledStorePreload.after(jena));
        return application;
    }
}
