package org.internkg.explore;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.internkg.graph.KeptPerRevision;
import org.internkg.graph.KnowledgeBase;
import org.springframework.stereotype.Component;

/**
 * The day each dated entity entered the ecosystem, for the explorer's time slider: an entity's own
 * {@code schema:datePublished}; without one, its first dated release (a tool is there from its first version);
 * without that, for a model family, its first dated model. Entities none of these rules dates (stages, concepts,
 * organisations, benchmarks …) are left out: they are timeless context and stay visible at every date.
 */
@Component
class EntityDatesQuery {

    /** Which rule dated an entity, strongest first: an own date beats a release, a release beats a member. */
    enum Basis {
        published, release, member
    }

    /** An entity and its first day, with the rule that gave it. */
    record EntityDate(String iri, String date, Basis basis) {
    }

    /** Every dated entity, oldest first, with the first and last day among them (null when nothing is dated). */
    record EntityDates(String first, String last, List<EntityDate> entities, long revision) {
    }

    private final BoundedSelect dates = BoundedSelect.load("entity-dates.rq", 20000);
    /** The same for every visitor until the store changes (a second and 2 MB at 10M triples). */
    private final KeptPerRevision<EntityDates> kept;

    EntityDatesQuery(KnowledgeBase kb) {
        this.kept = new KeptPerRevision<>(kb, this::read);
    }

    EntityDates dates() {
        return kept.get();
    }

    private EntityDates read(Dataset ds, long revision) {
        Map<String, EntityDate> best = new HashMap<>();
        for (QuerySolution row : dates.select(ds, Map.of())) {
            LocalDate day = day(row.getLiteral("date"));
            if (day == null) {
                continue;
            }
            EntityDate candidate = new EntityDate(row.getResource("entity").getURI(), day.toString(),
                    Basis.valueOf(row.getLiteral("basis").getString()));
            best.merge(candidate.iri(), candidate, EntityDatesQuery::stronger);
        }
        List<EntityDate> entities = new ArrayList<>(best.values());
        entities.sort(Comparator.comparing(EntityDate::date).thenComparing(EntityDate::iri));
        return new EntityDates(entities.isEmpty() ? null : entities.get(0).date(),
                entities.isEmpty() ? null : entities.get(entities.size() - 1).date(), entities, revision);
    }

    // ISO dates compare as text; a stronger rule wins whatever its day, within a rule the earliest day.
    private static EntityDate stronger(EntityDate a, EntityDate b) {
        if (a.basis() != b.basis()) {
            return a.basis().compareTo(b.basis()) < 0 ? a : b;
        }
        return a.date().compareTo(b.date()) <= 0 ? a : b;
    }

    /** The day of an xsd:date (or the date part of an xsd:dateTime); anything else dates nothing. */
    private static LocalDate day(Literal literal) {
        String text = literal.getLexicalForm();
        try {
            return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
