package org.internkg.explore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.internkg.explore.GraphLookup.LangLabels;
import org.internkg.explore.GraphLookup.SourceRef;
import org.internkg.graph.KnowledgeBase;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Releases in date order: what each released (a model, a tool version, a dataset), its family, variant and size,
 * the source of the date, how sure the date is, and the dates other official sources report instead.
 */
@Component
class TimelineQuery {

    private final KnowledgeBase kb;
    private final BoundedSelect releases = BoundedSelect.load("timeline-releases.rq", 5000);
    private final BoundedSelect reported = BoundedSelect.load("reported-dates.rq", 5000);
    private final BoundedSelect confidence = BoundedSelect.load("date-confidence.rq", 5000);

    TimelineQuery(KnowledgeBase kb) {
        this.kb = kb;
    }

    record Ref(String iri, LangLabels label, String type) {
    }

    /** A date another source gives: on the release itself or on the thing it released ({@code on}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReportedDate(String date, SourceRef source, String note, String on) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Release(String iri, LangLabels label, String date, int year, List<SourceRef> sources, String confidence,
                   String confidenceNote, Ref released, Ref family, String variant, String size, String version,
                   boolean disputed, List<ReportedDate> reported) {
    }

    record FamilyCount(String iri, LangLabels label, int count) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Timeline(String from, String to, String family, List<Release> releases, List<FamilyCount> families,
                    Integer firstYear, Integer lastYear) {
    }

    private static final class Row {
        Node release;
        String date;
        Set<Node> graphs = new LinkedHashSet<>();
        Node thing;
        Node family;
        String variant;
        String size;
        String version;
    }

    Timeline timeline(LocalDate from, LocalDate to, Node family) {
        return kb.read(ds -> {
            GraphLookup lookup = new GraphLookup(ds);
            if (family != null && !lookup.mentions(family)) {
                throw new UnknownResourceException(family.getURI());
            }
            Map<Node, Row> rows = new LinkedHashMap<>();
            for (QuerySolution s : releases.select(ds, Map.of())) {
                Node r = s.get("release").asNode();
                Row row = rows.computeIfAbsent(r, k -> new Row());
                row.release = r;
                row.date = row.date == null ? s.getLiteral("date").getLexicalForm() : row.date;
                row.graphs.add(s.get("g").asNode());
                row.thing = row.thing == null ? node(s.get("thing")) : row.thing;
                row.family = row.family == null ? node(s.get("family")) : row.family;
                row.variant = row.variant == null ? text(s.get("variant")) : row.variant;
                row.size = row.size == null ? text(s.get("size")) : row.size;
                row.version = row.version == null ? text(s.get("version")) : row.version;
            }
            Map<Node, List<QuerySolution>> reportedBySubject = new LinkedHashMap<>();
            reported.select(ds, Map.of()).forEach(s -> reportedBySubject.computeIfAbsent(s.get("subject").asNode(), k -> new ArrayList<>()).add(s));
            Map<Node, QuerySolution> confidenceBySubject = new LinkedHashMap<>();
            confidence.select(ds, Map.of()).forEach(s -> confidenceBySubject.putIfAbsent(s.get("subject").asNode(), s));

            Map<Node, Integer> familyCounts = new TreeMap<>(java.util.Comparator.comparing(Node::getURI));
            List<Release> out = new ArrayList<>();
            for (Row row : rows.values()) {
                if (row.family != null) {
                    familyCounts.merge(row.family, 1, Integer::sum);
                }
                LocalDate date = parse(row.date);
                if (date == null || (from != null && date.isBefore(from)) || (to != null && date.isAfter(to))
                        || (family != null && !family.equals(row.family))) {
                    continue;
                }
                List<ReportedDate> others = new ArrayList<>();
                Set<String> seen = new LinkedHashSet<>();
                for (Node subject : row.thing == null ? List.of(row.release) : List.of(row.release, row.thing)) {
                    for (QuerySolution s : reportedBySubject.getOrDefault(subject, List.of())) {
                        String value = s.getLiteral("value").getLexicalForm();
                        SourceRef src = lookup.source(s.get("g").asNode());
                        if (seen.add(value + " " + src.iri())) {
                            others.add(new ReportedDate(value, src, s.contains("note") ? s.getLiteral("note").getLexicalForm() : null,
                                    subject.equals(row.release) ? null : subject.getURI()));
                        }
                    }
                }
                QuerySolution c = confidenceBySubject.get(row.release);
                if (c == null && row.thing != null) {
                    c = confidenceBySubject.get(row.thing);
                }
                out.add(new Release(row.release.getURI(), lookup.labels(row.release), row.date, date.getYear(),
                        row.graphs.stream().map(lookup::source).toList(),
                        c == null ? null : GraphLookup.localName(c.get("level").asNode()),
                        c == null || !c.contains("note") ? null : c.getLiteral("note").getLexicalForm(),
                        ref(lookup, row.thing), ref(lookup, row.family), row.variant, row.size, row.version,
                        !others.isEmpty(), others));
            }
            out.sort(java.util.Comparator.comparing(Release::date).thenComparing(Release::iri));
            List<FamilyCount> families = new ArrayList<>();
            familyCounts.forEach((f, n) -> families.add(new FamilyCount(f.getURI(), lookup.labels(f), n)));
            return new Timeline(from == null ? null : from.toString(), to == null ? null : to.toString(),
                    family == null ? null : family.getURI(), out, families,
                    out.isEmpty() ? null : out.get(0).year(), out.isEmpty() ? null : out.get(out.size() - 1).year());
        });
    }

    private static Ref ref(GraphLookup lookup, Node node) {
        if (node == null) {
            return null;
        }
        Node type = lookup.primaryType(node);
        return new Ref(node.getURI(), lookup.labels(node), type.isURI() ? GraphLookup.localName(type) : null);
    }

    private static Node node(RDFNode n) {
        return n == null || !n.isURIResource() ? null : n.asNode();
    }

    private static String text(RDFNode n) {
        return n == null || !n.isLiteral() ? null : n.asLiteral().getLexicalForm();
    }

    private static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
