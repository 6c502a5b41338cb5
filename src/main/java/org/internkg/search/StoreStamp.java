package org.internkg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Identifies the state of an on-disk TDB2 store without reading its data, so that a search index built from it
 * can be recognised as current at the next start. TDB2 writes copy-on-write: every committed change moves the
 * roots kept in the small state files ({@code *.bpt}, {@code *.bdf}) and grows the node file, and compaction
 * starts a new {@code Data-NNNN} generation. The stamp hashes the newest generation's file names and sizes and
 * the bytes of its state files; opening and reading the store leave it unchanged (the lock file is left out).
 */
final class StoreStamp {

    private static final long STATE_FILE_MAX_BYTES = 4096;

    private StoreStamp() {
    }

    /** The stamp of the store in {@code location}, or {@code null} when it is not a TDB2 store directory. */
    static String of(Path location) {
        try (Stream<Path> generations = Files.list(location)) {
            Path data = generations.filter(p -> p.getFileName().toString().startsWith("Data-") && Files.isDirectory(p))
                    .max(Path::compareTo).orElse(null);
            if (data == null) {
                return null;
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(data.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            List<Path> files;
            try (Stream<Path> s = Files.list(data)) {
                files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("tdb.lock")).sorted().toList();
            }
            for (Path f : files) {
                long size = Files.size(f);
                sha.update((f.getFileName() + "\t" + size + "\n").getBytes(StandardCharsets.UTF_8));
                String name = f.getFileName().toString();
                if ((name.endsWith(".bpt") || name.endsWith(".bdf")) && size <= STATE_FILE_MAX_BYTES) {
                    sha.update(Files.readAllBytes(f));
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the store directory " + location, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
