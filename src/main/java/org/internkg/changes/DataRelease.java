package org.internkg.changes;

import org.springframework.core.io.Resource;

/**
 * A data release of InternKG: the curated data as published under one identifier on one date.
 *
 * @param id              the release identifier, {@code YYYY.MM.N} ({@code 2026.11.0}: the first release of November 2026)
 * @param iri             {@code https://w3id.org/internkg/release/<id>}
 * @param issued          the release date, {@code YYYY-MM-DD}
 * @param ontologyVersion the {@code owl:versionIRI} of the vocabulary the release conforms to, or null
 * @param description     what the release brought, or null
 * @param file            the file an earlier release is kept in; null for the release bundled in this build
 */
public record DataRelease(String id, String iri, String issued, String ontologyVersion, String description, Resource file) {

    /** True for the release whose data is the bundled {@code ontology/data/}. */
    public boolean isBundled() {
        return file == null;
    }
}
