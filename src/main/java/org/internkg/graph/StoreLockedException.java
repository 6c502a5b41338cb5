package org.internkg.graph;

import java.nio.file.Path;

import org.apache.jena.dboe.base.file.AlreadyLocked;

/** Another process (usually a running server) holds the on-disk store. */
public class StoreLockedException extends RuntimeException {

    public StoreLockedException(Path directory, Throwable cause) {
        super("the store at " + directory + " is locked by another process (is an InternKG server running on it?); "
                + "stop it first, or load through the server", cause);
    }

    static boolean isLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AlreadyLocked) {
                return true;
            }
        }
        return false;
    }
}
