package org.internkg.cli;

import java.net.URI;

import org.internkg.graph.RemoteStoreProperties;
import picocli.CommandLine.Option;

/** The remote SPARQL store's endpoints and credentials, with the same environment variables as the server. */
class RemoteStoreOptions {

    @Option(names = "--query-url", paramLabel = "URL", defaultValue = "${env:INTERNKG_STORE_REMOTE_QUERY_URL}",
            description = "The remote store's SPARQL query endpoint (default: $INTERNKG_STORE_REMOTE_QUERY_URL).")
    URI queryUrl;

    @Option(names = "--update-url", paramLabel = "URL", defaultValue = "${env:INTERNKG_STORE_REMOTE_UPDATE_URL}",
            description = "Its SPARQL update endpoint (default: $INTERNKG_STORE_REMOTE_UPDATE_URL).")
    URI updateUrl;

    @Option(names = "--gsp-url", paramLabel = "URL", defaultValue = "${env:INTERNKG_STORE_REMOTE_GSP_URL}",
            description = "Its Graph Store Protocol endpoint (default: $INTERNKG_STORE_REMOTE_GSP_URL).")
    URI gspUrl;

    @Option(names = "--username", paramLabel = "USER", defaultValue = "${env:INTERNKG_STORE_REMOTE_USERNAME}",
            description = "User for the store's basic authentication (default: $INTERNKG_STORE_REMOTE_USERNAME).")
    String username;

    // The password only from the environment: a command-line argument shows in the process list.
    RemoteStoreProperties properties() {
        if (queryUrl == null || updateUrl == null || gspUrl == null) {
            throw new IllegalArgumentException("name the remote store: --query-url, --update-url and --gsp-url "
                    + "(or $INTERNKG_STORE_REMOTE_QUERY_URL, _UPDATE_URL, _GSP_URL)");
        }
        return new RemoteStoreProperties(queryUrl, updateUrl, gspUrl, username, System.getenv("INTERNKG_STORE_REMOTE_PASSWORD"),
                null, null, null, null, null);
    }
}
