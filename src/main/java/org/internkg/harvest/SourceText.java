package org.internkg.harvest;

import java.time.Instant;
import java.util.List;

/**
 * One version of an upstream document, read: its text, where it comes from and which version it is.
 *
 * @param name         how the document is named in messages (file name or URL)
 * @param text         the document's text
 * @param kind         the source kind (picks the harvester)
 * @param documentUrl  the URL of this version (pinned to the commit where one is known)
 * @param stableUrl    the URL of the document independent of its version: versions of one source share it
 * @param commit       the commit of this version, or null
 * @param label        a short English label ("InternLM/InternLM README.md @ fb14f9b")
 * @param tool         the slug of the tool whose document this is ({@code lmdeploy}), or null
 * @param versionTime  when this version was made (commit date where known, else the retrieval time)
 */
public record SourceText(String name, String text, SourceKind kind, String documentUrl, String stableUrl, String commit,
        String label, String tool, Instant versionTime) {

    /** The lines of the text, without line ends; line {@code n} of the file is {@code lines().get(n - 1)}. */
    public List<String> lines() {
        return text.lines().toList();
    }

    /** The path of the document in its repository, for backends named by file prefix. */
    public String fileName() {
        String path = stableUrl == null ? name : stableUrl;
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
