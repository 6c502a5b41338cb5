package org.internkg.system;

import org.slf4j.Logger;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * A client that closed the connection while its answer was being written (a cancelled fetch, a closed tab, a load
 * generator stopping): nothing can be sent any more and nothing is wrong with the server, so it is one debug line,
 * not an error with a stack trace. Spring's {@link DisconnectedClientHelper} recognises the exceptions.
 */
public final class ClientGone {

    private ClientGone() {
    }

    /** Whether {@code e} only says the client left; if so, logged at debug level on {@code log}. */
    public static boolean handled(RuntimeException e, Logger log) {
        if (!DisconnectedClientHelper.isClientDisconnectedException(e)) {
            return false;
        }
        log.debug("Client went away before its answer was written: {}", e.getMessage());
        return true;
    }
}
