package org.internkg.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Another process (usually a running server) holds the on-disk store. */
public class StoreLockedException extends RuntimeException {

    /** TDB2 writes the holder's process id into this file and refuses other processes while it lives. */
    private static final String LOCK_FILE = "tdb.lock";

    public StoreLockedException(Path directory, long pid) {
        super("the store at " + directory + " is locked by another process (pid " + pid
                + "; is an InternKG server running on it?); stop it first, or load through the server");
    }

    /** Fails fast, before TDB2 does with a less helpful message, when a live process other than this one holds the store. */
    static void requireUnlocked(Path directory) {
        liveHolder(directory).filter(pid -> pid != ProcessHandle.current().pid())
                .ifPresent(pid -> {
                    throw new StoreLockedException(directory, pid);
                });
    }

    /** The live process (this one included) whose TDB2 lock is on {@code directory}, if any. */
    static Optional<Long> liveHolder(Path directory) {
        Path lock = directory.resolve(LOCK_FILE);
        if (!Files.isRegularFile(lock)) {
            return Optional.empty();
        }
        return holder(lock).filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }

    private static Optional<Long> holder(Path lock) {
        try {
            return Optional.of(Long.parseLong(Files.readString(lock, StandardCharsets.US_ASCII).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
