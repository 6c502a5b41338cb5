package org.internkg.cli;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.internkg.InternKgApplication;
import org.internkg.graph.BundledStorePreload;
import org.internkg.graph.JenaBackgroundInit;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.util.ClassUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** Runs the web explorer and the SPARQL endpoint; every {@code --name=value} is a Spring property. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the explorer, the SPARQL endpoint and the downloads (default command).%n"
                + "Options of the form --name=value set configuration, e.g. --server.port=9090 --internkg.store.location=data")
public class ServeCommand implements Callable<Integer> {

    /** Exit code that tells {@code main} not to exit: the web server keeps the JVM alive. */
    static final int KEEP_RUNNING = -1;

    /** The class Spring AOT generates for the application (its main class plus this suffix). */
    private static final String AOT_INITIALIZER = InternKgApplication.class.getName() + "__ApplicationContextInitializer";

    @Unmatched
    private List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
        return serve(springArguments.toArray(String[]::new));
    }

    /** Starts the server with {@code springArguments} as Spring's command line; returns {@link #KEEP_RUNNING}. */
    static int serve(String[] springArguments) {
        useAheadOfTimeDefinitionsWhenPackaged();
        application().run(springArguments);
        return KEEP_RUNNING;
    }

    /**
     * The server as {@code serve} starts it: Jena initialises, and the in-memory store fills with the bundled data,
     * on a second thread while Spring reads its configuration. The build's AOT step processes this same application
     * ({@link InternKgApplication#main}), and its generated classes are named after {@code InternKgApplication}.
     */
    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(InternKgApplication.class);
        application.setMainApplicationClass(InternKgApplication.class);
        JenaBackgroundInit jena = JenaBackgroundInit.start();
        application.addInitializers(jena, BundledStorePreload.after(jena));
        return application;
    }

    /**
     * Starts from the bean definitions the build generated ahead of time (Spring AOT: no configuration classes to
     * parse, about a second less on two cores) when they came in the same jar as the classes. Not from
     * {@code target/classes}, where a later compile may have left them older than the code; not when
     * {@code -Dspring.aot.enabled} is given either way.
     */
    private static void useAheadOfTimeDefinitionsWhenPackaged() {
        ClassLoader loader = ServeCommand.class.getClassLoader();
        if (System.getProperty(AotDetector.AOT_ENABLED) == null && ClassUtils.isPresent(AOT_INITIALIZER, loader)
                && !fromDirectory(InternKgApplication.class.getProtectionDomain().getCodeSource().getLocation())) {
            System.setProperty(AotDetector.AOT_ENABLED, "true");
        }
    }

    private static boolean fromDirectory(URL location) {
        try {
            return "file".equals(location.getProtocol()) && Files.isDirectory(Path.of(location.toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }
}
