package org.internkg.changes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;

/**
 * The changes from one version to another: facts added, removed, and changed (one value replaced by one other in the
 * same source, subject and predicate), each with its source on either side and labels for every IRI it mentions.
 *
 * @param from        the earlier side
 * @param to          the later side
 * @param changes     in a stable order: by subject, predicate, kind, value
 * @param sourcesFrom the source graphs of {@code from}, by source key
 * @param sourcesTo   the source graphs of {@code to}, by source key
 * @param labels      an English label (else any) for the IRIs the changes mention, where either side or the vocabulary has one
 */
public record ChangeSet(VersionSummary from, VersionSummary to, List<FactChange> changes,
                        Map<Node, SourceInfo> sourcesFrom, Map<Node, SourceInfo> sourcesTo, Map<String, String> labels) {

    /** A side without its data. */
    public record VersionSummary(String id, String kind, String date, String description) {

        static VersionSummary of(Version v) {
            return new VersionSummary(v.id(), v.kind().code(), v.date(), v.describe());
        }
    }

    private static final Comparator<Node> NULLS_LAST = Comparator.nullsLast(Term.NODE_ORDER);
    private static final Comparator<FactChange> ORDER = Comparator.comparing(FactChange::subject, NULLS_LAST)
            .thenComparing(FactChange::predicate, NULLS_LAST)
            .thenComparing(FactChange::kind)
            .thenComparing(c -> c.before() != null ? c.before() : c.after());

    public static ChangeSet between(Version a, Version b) {
        FactSet before = FactSet.of(a.data());
        FactSet after = FactSet.of(b.data());
        if (a.scope() != null || b.scope() != null) {
            Set<Node> scope = new HashSet<>();
            for (Version v : List.of(a, b)) {
                scope.addAll(v.scope() != null ? v.scope() : Set.of());
            }
            before = before.restrictedTo(scope);
            after = after.restrictedTo(scope);
        }
        List<FactChange> changes = compare(before.facts(), after.facts());
        Labels labels = new Labels(b.data(), a.data());
        return new ChangeSet(VersionSummary.of(a), VersionSummary.of(b), changes, before.sources(), after.sources(), labels.of(changes));
    }

    static List<FactChange> compare(Set<Fact> before, Set<Fact> after) {
        Map<Fact.Slot, List<Fact>> removed = group(before.stream().filter(f -> !after.contains(f)).toList());
        Map<Fact.Slot, List<Fact>> added = group(after.stream().filter(f -> !before.contains(f)).toList());
        List<FactChange> changes = new ArrayList<>();
        for (var entry : removed.entrySet()) {
            List<Fact> gone = entry.getValue();
            List<Fact> come = added.getOrDefault(entry.getKey(), List.of());
            if (entry.getKey().predicate() != null && gone.size() == 1 && come.size() == 1) {
                Fact old = gone.get(0);
                changes.add(new FactChange(FactChange.Kind.CHANGED, old.source(), old.subject(), old.predicate(), old.value(), come.get(0).value()));
                added.remove(entry.getKey());
            } else {
                gone.forEach(f -> changes.add(new FactChange(FactChange.Kind.REMOVED, f.source(), f.subject(), f.predicate(), f.value(), null)));
            }
        }
        added.values().forEach(list -> list.forEach(
                f -> changes.add(new FactChange(FactChange.Kind.ADDED, f.source(), f.subject(), f.predicate(), null, f.value()))));
        changes.sort(ORDER);
        return List.copyOf(changes);
    }

    private static Map<Fact.Slot, List<Fact>> group(List<Fact> facts) {
        return facts.stream().collect(Collectors.groupingBy(Fact::slot, LinkedHashMap::new, Collectors.toList()));
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public long count(FactChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** The source of a change on the side it is read from: the earlier side for a removal, the later one otherwise. */
    public SourceInfo sourceOf(FactChange change) {
        Map<Node, SourceInfo> side = change.kind() == FactChange.Kind.REMOVED ? sourcesFrom : sourcesTo;
        return side.getOrDefault(change.source(), sourcesFrom.get(change.source()));
    }

    /** The earlier side's source of a changed fact, when it is another version of the document than the later one. */
    public SourceInfo earlierSourceOf(FactChange change) {
        if (change.kind() != FactChange.Kind.CHANGED) {
            return null;
        }
        SourceInfo earlier = sourcesFrom.get(change.source());
        SourceInfo later = sourceOf(change);
        return earlier == null || later == null || java.util.Objects.equals(earlier.graph(), later.graph()) ? null : earlier;
    }

    /** The label of an IRI, or null. */
    public String label(Node node) {
        return node != null && node.isURI() ? labels.get(node.getURI()) : null;
    }

    /** Changes grouped by the resource they are about, in order (facts about no resource last). */
    public Map<Node, List<FactChange>> bySubject() {
        Map<Node, List<FactChange>> grouped = new LinkedHashMap<>();
        Function<FactChange, Node> subject = c -> c.subject() == null ? NO_SUBJECT : c.subject();
        changes.forEach(c -> grouped.computeIfAbsent(subject.apply(c), k -> new ArrayList<>()).add(c));
        return grouped;
    }

    /** Groups facts that are about no resource (a blank node with no {@code rdf:subject}). */
    public static final Node NO_SUBJECT = org.apache.jena.graph.NodeFactory.createBlankNode("no-subject");
}
