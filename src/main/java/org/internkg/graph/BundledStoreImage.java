package org.internkg.graph;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The bundled data as a ready TDB2 database, made once by the build ({@link BundledDataCompiler}) and copied into
 * a temporary directory at each start that asks for the bundled data in memory. Opening that copy takes
 * milliseconds, where writing the bundled quads into a fresh TDB2 store costs one to two seconds of interpreted
 * code on the start's critical path, and TDB2's in-memory block manager copies every block it reads or writes
 * (hundreds of MB of short-lived heap that the JVM keeps committed).
 *
 * <p>TDB2's files are sparse (8 MB segments, mostly holes), so the image stores each file only up to its last
 * non-zero byte, plus every file's length; the copy restores the lengths as holes.
 */
final class BundledStoreImage {

    private static final Logger log = LoggerFactory.getLogger(BundledStoreImage.class);

    static final String RESOURCE = "ontology/bundled-store.zip";
    /** Temporary copies are named after this; one left behind by a killed process is removed by a later start. */
    static final String COPY_PREFIX = "internkg-bundled-store-";
    private static final String LENGTHS = "lengths.properties";
    private static final String LOCK_FILE = "tdb.lock";
    /** A copy with no lock yet may be one another process is unpacking right now. */
    private static final Duration UNOPENED_GRACE = Duration.ofHours(1);

    private BundledStoreImage() {
    }

    /** Build step: {@code data} written into a new TDB2 database, packed into {@code image}. */
    static void write(DatasetGraph data, Path image) throws IOException {
        Path directory = Files.createTempDirectory("internkg-store-image-");
        try {
            Dataset dataset = TDB2Factory.connectDataset(Location.create(directory));
            Txn.executeWrite(dataset, () -> data.find().forEachRemaining(dataset.asDatasetGraph()::add));
            TDBInternal.expel(dataset.asDatasetGraph());
            pack(directory, image);
        } finally {
            FileSystemUtils.deleteRecursively(directory);
        }
    }

    /**
     * A fresh copy of the image in a new temporary directory, or empty when there is no image (classes compiled
     * by an IDE rather than Maven) or the copy cannot be written (no writable temporary directory).
     */
    static Optional<Path> copy() {
        InputStream in = BundledStoreImage.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            return Optional.empty();
        }
        Path directory = null;
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(in))) {
            Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
            removeAbandonedCopies(temporary);
            directory = Files.createTempDirectory(temporary, COPY_PREFIX);
            unpack(zip, directory);
            return Optional.of(directory);
        } catch (IOException e) {
            log.warn("Cannot copy the bundled store image ({}); filling a store in memory instead", e.getMessage());
            delete(directory);
            return Optional.empty();
        }
    }

    static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try {
            FileSystemUtils.deleteRecursively(directory);
        } catch (IOException e) {
            log.warn("Cannot remove the store copy {}: {}", directory, e.getMessage());
        }
    }

    private static void pack(Path directory, Path image) throws IOException {
        List<Path> files;
        try (Stream<Path> paths = Files.walk(directory)) {
            files = paths.filter(Files::isRegularFile).filter(p -> !p.endsWith(LOCK_FILE)).sorted().toList();
        }
        StringBuilder lengths = new StringBuilder();
        Files.createDirectories(image.getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(image))) {
            for (Path file : files) {
                String name = directory.relativize(file).toString().replace('\\', '/');
                byte[] content = Files.readAllBytes(file);
                lengths.append(name).append('=').append(content.length).append('\n');
                entry(zip, name, content, contentLength(content));
            }
            byte[] table = lengths.toString().getBytes(StandardCharsets.ISO_8859_1);
            entry(zip, LENGTHS, table, table.length);
        }
    }

    /** The length up to the last non-zero byte: what is left is a hole the copy restores by length alone. */
    private static int contentLength(byte[] content) {
        int end = content.length;
        while (end > 0 && content[end - 1] == 0) {
            end--;
        }
        return end;
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content, int length) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(FileTime.fromMillis(0)); // the same image from the same data
        zip.putNextEntry(entry);
        zip.write(content, 0, length);
        zip.closeEntry();
    }

    private static void unpack(ZipInputStream zip, Path directory) throws IOException {
        Properties lengths = new Properties();
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (entry.getName().equals(LENGTHS)) {
                ByteArrayOutputStream table = new ByteArrayOutputStream();
                zip.transferTo(table);
                lengths.load(new StringReader(table.toString(StandardCharsets.ISO_8859_1)));
                continue;
            }
            Path file = directory.resolve(entry.getName()).normalize();
            if (!file.startsWith(directory)) {
                throw new IOException("the image names a file outside its directory: " + entry.getName());
            }
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                zip.transferTo(out);
            }
        }
        for (String name : lengths.stringPropertyNames()) {
            try (RandomAccessFile file = new RandomAccessFile(directory.resolve(name).toFile(), "rw")) {
                file.setLength(Long.parseLong(lengths.getProperty(name)));
            }
        }
    }

    private static void removeAbandonedCopies(Path temporary) {
        try (DirectoryStream<Path> copies = Files.newDirectoryStream(temporary, COPY_PREFIX + "*")) {
            for (Path copy : copies) {
                if (abandoned(copy)) {
                    delete(copy);
                }
            }
        } catch (IOException e) {
            log.debug("Cannot look for abandoned store copies in {}: {}", temporary, e.getMessage());
        }
    }

    private static boolean abandoned(Path copy) throws IOException {
        if (Files.isRegularFile(copy.resolve(LOCK_FILE))) {
            return StoreLockedException.liveHolder(copy).isEmpty();
        }
        return Files.getLastModifiedTime(copy).toInstant().isBefore(Instant.now().minus(UNOPENED_GRACE));
    }
}
