package org.internkg.harvest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Reads the copied upstream files and the test fixtures as the command line does: provenance from the file name. */
final class UpstreamFiles {

    static final Path UPSTREAM = Path.of("src/test/resources/upstream");
    static final Path FIXTURES = Path.of("src/test/resources/harvest");

    private UpstreamFiles() {
    }

    static SourceText upstream(String name) {
        return read(UPSTREAM.resolve(name), null, Instant.now());
    }

    static SourceText upstream(String name, Instant versionTime) {
        return read(UPSTREAM.resolve(name), null, versionTime);
    }

    /** A fixture, described as if it had been read from {@code url}. */
    static SourceText fixture(String name, String url) {
        return read(FIXTURES.resolve(name), url, Instant.now());
    }

    /** A fixture of a kind its name does not tell (as {@code --kind} does on the command line). */
    static SourceText fixture(String name, String url, SourceKind kind) {
        SourceText read = fixture(name, url);
        return new SourceText(read.name(), read.text(), kind, read.documentUrl(), read.stableUrl(), read.commit(), read.label(),
                read.tool(), read.versionTime());
    }

    static HarvestResult harvest(SourceText source) {
        return Harvester.of(source.kind()).read(source);
    }

    private static SourceText read(Path file, String url, Instant versionTime) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.getFileName().toString();
        SourceIdentity id = SourceIdentity.of(url != null ? url : name);
        String documentUrl = id.documentUrl() != null ? id.documentUrl() : file.toAbsolutePath().toUri().toString();
        return new SourceText(name, text, SourceKind.detect(name, text), documentUrl,
                id.stableUrl() != null ? id.stableUrl() : documentUrl, id.commit(), id.label(), id.tool(), versionTime);
    }
}
