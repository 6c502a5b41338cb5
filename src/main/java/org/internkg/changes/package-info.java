/**
 * Versions and the changes between them. Four kinds of version are kept apart: the store revision
 * ({@code KnowledgeBase.revision()}, ETags and caches), the data release ({@code ontology/releases/releases.ttl},
 * what VoID names and {@code diff} compares), the source version (one named graph per version of a source document,
 * older harvested versions in the harvest archive) and the ontology version ({@code owl:versionIRI} of the TBox).
 */
package org.internkg.changes;
