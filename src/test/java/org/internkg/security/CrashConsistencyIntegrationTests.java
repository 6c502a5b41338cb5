package org.internkg.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.internkg.graph.BundledData;
import org.internkg.graph.KnowledgeBase;
import org.internkg.system.ServerProcess;
import org.internkg.validation.KnowledgeBaseValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during a large upload: a server in its own JVM on an on-disk store receives a Graph Store PUT of a few
 * megabytes and is killed at a random moment after at least 30 % of the body was sent (while it still reads, while
 * it parses, validates or commits, or just after), five times. After each kill the store, opened again, holds
 * exactly the state before that upload or the state after it, and conforms to the shapes; the server starts on
 * it again (it validates at start-up).
 */
class CrashConsistencyIntegrationTests {

    static final String TOKEN = "crash-test-token-0123456789";
    static final int KILLS = 5;
    static final int NOTES = 2_000;

    @TempDir
    Path temp;

    @Test
    void everyKillLeavesTheStoreBeforeOrAfterTheUpload() throws Exception {
        Path store = temp.resolve("store");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        System.out.println("CrashConsistencyIntegrationTests seed " + seed);
        BundledData bundled = new BundledData();
        KnowledgeBaseValidator validator = new KnowledgeBaseValidator(bundled);

        // Calibration: one upload that completes, to learn how long the server works on it after the last byte.
        ServerProcess server = startServer(store, temp.resolve("server-0.log"), false);
        Upload calibration = Upload.of("crash-calibration");
        long processingMillis;
        try {
            UploadRun run = calibration.send(server.port(), 1.0, null);
            assertThat(run.status()).as(run.response()).isEqualTo(201);
            processingMillis = Math.max(200, run.millisAfterLastByte());
        } finally {
            server.kill();
        }
        String before = fingerprintAndValidate(store, validator);

        List<String> outcomes = new ArrayList<>();
        for (int round = 1; round <= KILLS; round++) {
            Upload upload = Upload.of("crash-round-" + round);
            String after = expectedAfter(store, upload);
            server = startServer(store, temp.resolve("server-" + round + ".log"), false);
            double fraction = 0.3 + 0.7 * random.nextDouble();
            // Up to twice the time the server needs after the last byte: kills land while it reads, parses, validates,
            // commits, and after it answered.
            long delay = (long) (random.nextDouble() * processingMillis * 2);
            ServerProcess running = server;
            upload.send(server.port(), fraction, () -> {
                sleep(delay);
                running.kill();
            });
            String now = fingerprintAndValidate(store, validator);
            assertThat(now).as("round %d (kill after %.0f %% of the body + %d ms): the store before or after the upload",
                    round, fraction * 100, delay).isIn(before, after);
            outcomes.add(now.equals(after) ? "after" : "before");
            before = now;
        }
        System.out.println("CrashConsistencyIntegrationTests outcomes " + outcomes + ", processing " + processingMillis + " ms");

        // The server starts on the final state: start-up runs the shapes and checks and refuses an invalid store.
        server = startServer(store, temp.resolve("server-final.log"), true);
        server.kill();
    }

    private static String fingerprintAndValidate(Path store, KnowledgeBaseValidator validator) throws IOException {
        try (KnowledgeBase kb = KnowledgeBase.onDisk(store)) {
            assertThat(kb.read(ds -> validator.validate(ds.asDatasetGraph())).conforms()).as("the store conforms").isTrue();
            return StoreFingerprint.of(kb);
        } finally {
            releaseLock(store);
        }
    }

    /** TDB2 leaves this JVM's pid in tdb.lock after closing; this JVM lives on, so the server would think it still holds the store. */
    private static void releaseLock(Path store) throws IOException {
        Path lock = store.resolve("tdb.lock");
        if (Files.exists(lock) && Files.readString(lock).strip().equals(Long.toString(ProcessHandle.current().pid()))) {
            Files.delete(lock);
        }
    }

    /** The store as it is now plus the uploaded graph: what a completed upload leaves. */
    private static String expectedAfter(Path store, Upload upload) throws IOException {
        DatasetGraph expected = DatasetGraphFactory.create();
        try (KnowledgeBase kb = KnowledgeBase.onDisk(store)) {
            kb.read(ds -> {
                ds.asDatasetGraph().find().forEachRemaining(expected::add);
                return null;
            });
        } finally {
            releaseLock(store);
        }
        var graph = NodeFactory.createURI(upload.graph);
        expected.deleteAny(graph, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY);
        RDFParser.fromString(upload.turtle, Lang.TURTLE).parse(expected.getGraph(graph));
        return StoreFingerprint.of(expected);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A server JVM started from the test classpath on the on-disk store. Rounds skip the start-up validation (the test
     * validates each state itself); the final start runs it.
     */
    private static ServerProcess startServer(Path store, Path log, boolean validateOnStart) throws Exception {
        return ServerProcess.start(port -> List.of(ServerProcess.java(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.internkg.InternKgApplication", "serve", "--internkg.store.location=" + store, "--server.port=" + port,
                "--server.address=127.0.0.1", "--internkg.write.token=" + TOKEN, "--internkg.write.max-upload-bytes=64000000",
                "--internkg.store.validate-on-start=" + validateOnStart), log);
    }

    /** What happened to one upload. */
    record UploadRun(int status, String response, long millisAfterLastByte) {
    }

    /** A source graph of a few megabytes: its description and {@link #NOTES} long notes. */
    record Upload(String graph, String turtle) {

        static Upload of(String slug) {
            String graph = "https://w3id.org/internkg/id/source/" + slug;
            StringBuilder turtle = new StringBuilder("""
                    @prefix ikg: <https://w3id.org/internkg/def/> .
                    @prefix prov: <http://www.w3.org/ns/prov#> .
                    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                    @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                    @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                    <%s> a ikg:SourceDocument ; rdfs:label "Crash test %s"@en ;
                        prov:wasDerivedFrom <https://example.org/%s> ; ikg:retrievedOn "2026-11-28"^^xsd:date .
                    """.formatted(graph, slug, slug));
            String padding = "a note long enough to make the upload weigh a few megabytes ".repeat(32);
            for (int i = 0; i < NOTES; i++) {
                turtle.append('<').append(graph).append("> skos:note \"").append(i).append(' ').append(padding).append("\"@en .\n");
            }
            return new Upload(graph, turtle.toString());
        }

        /**
         * PUTs the body in slices spread over about two seconds; once {@code fraction} of it is out, {@code atFraction}
         * runs (it kills the server). Without one, waits for the answer.
         */
        UploadRun send(int port, double fraction, Runnable atFraction) throws Exception {
            byte[] body = turtle.getBytes(StandardCharsets.UTF_8);
            String head = "PUT /data?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: Bearer " + TOKEN + "\r\nContent-Type: text/turtle\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n";
            AtomicLong sent = new AtomicLong();
            AtomicLong lastByteAt = new AtomicLong();
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(300_000);
                OutputStream out = socket.getOutputStream();
                Thread writer = new Thread(() -> {
                    try {
                        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                        int slice = Math.max(1, body.length / 40);
                        for (int offset = 0; offset < body.length; offset += slice) {
                            out.write(body, offset, Math.min(slice, body.length - offset));
                            out.flush();
                            sent.set(offset + Math.min(slice, body.length - offset));
                            Thread.sleep(50);
                        }
                        lastByteAt.set(System.nanoTime());
                    } catch (IOException | InterruptedException killed) {
                        // the server went away mid-upload: that is the point
                    }
                });
                writer.start();
                if (atFraction != null) {
                    while (sent.get() < fraction * body.length && writer.isAlive()) {
                        Thread.sleep(5);
                    }
                    atFraction.run();
                    writer.join(10_000);
                    return new UploadRun(-1, "killed", -1);
                }
                InputStream in = socket.getInputStream();
                String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                long after = Duration.ofNanos(System.nanoTime() - lastByteAt.get()).toMillis();
                writer.join(10_000);
                int status = Integer.parseInt(response.split(" ", 3)[1]);
                return new UploadRun(status, response, after);
            }
        }
    }
}
