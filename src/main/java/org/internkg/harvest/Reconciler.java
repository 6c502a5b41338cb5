package org.internkg.harvest;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.internkg.export.StoredQuery;
import org.internkg.graph.Ikg;

/**
 * Attaches harvested names to entities: first the normalised Hugging Face id (primary or reported), then the
 * normalised name against labels and alternative labels of models and families; when nothing matches, mints a
 * model IRI and remembers it as unreconciled. Built once per harvest from the store, in a read transaction.
 */
public final class Reconciler {

    /** Where a name was attached, and whether the entity had to be minted. */
    public record Match(Node entity, boolean minted, boolean family, String via) {
    }

    private static final StoredQuery NAMES = StoredQuery.load("org/internkg/harvest/entity-names.rq");
    private static final StoredQuery HUB_IDS = StoredQuery.load("org/internkg/harvest/hub-ids.rq");
    private static final StoredQuery CURATED = StoredQuery.load("org/internkg/harvest/curated-values.rq");
    private static final Node FAMILY = Ikg.term("ModelFamily");

    private final Map<String, Node> byHubId = new HashMap<>();
    private final java.util.Set<Node> withHubId = new java.util.HashSet<>();
    private final Map<String, Node> modelsByName = new HashMap<>();
    private final Map<String, Node> familiesByName = new HashMap<>();
    private final Map<Node, Map<Node, java.util.Set<Node>>> curated = new HashMap<>();
    private final Map<Node, String> minted = new LinkedHashMap<>();
    private final java.util.Set<Node> unreconciledInStore = new java.util.HashSet<>();
    private static final StoredQuery UNRECONCILED = StoredQuery.load("org/internkg/harvest/unreconciled.rq");

    /** Reads the names, ids and curated values from the dataset (call inside a read transaction). */
    public Reconciler(Dataset dataset) {
        for (Map<String, Node> row : NAMES.select(dataset, Map.of())) {
            String key = nameKey(row.get("name").getLiteralLexicalForm());
            (FAMILY.equals(row.get("class")) ? familiesByName : modelsByName).putIfAbsent(key, row.get("entity"));
        }
        // Primary ids first, so a reported alias never takes an id that is some model's primary one.
        List<Map<String, Node>> ids = HUB_IDS.select(dataset, Map.of());
        ids.stream().filter(r -> !isTrue(r.get("reported"))).forEach(r -> byHubId.putIfAbsent(hubKey(r.get("id").getLiteralLexicalForm()), r.get("entity")));
        ids.stream().filter(r -> !isTrue(r.get("reported"))).forEach(r -> withHubId.add(r.get("entity")));
        ids.stream().filter(r -> isTrue(r.get("reported"))).forEach(r -> byHubId.putIfAbsent(hubKey(r.get("id").getLiteralLexicalForm()), r.get("entity")));
        UNRECONCILED.select(dataset, Map.of()).forEach(row -> unreconciledInStore.add(row.get("entity")));
        for (Map<String, Node> row : CURATED.select(dataset, Map.of("harvested", NodeFactory.createLiteralString(HarvestGraphBuilder.GRAPH_PREFIX)))) {
            curated.computeIfAbsent(row.get("entity"), e -> new HashMap<>())
                    .computeIfAbsent(row.get("property"), p -> new java.util.TreeSet<>(java.util.Comparator.comparing(Node::toString)))
                    .add(row.get("value"));
        }
    }

    /** The entity a name (and Hugging Face id, may be null) denotes; mints an unreconciled model when none does. */
    public Match match(String name, String huggingFaceId) {
        if (huggingFaceId != null) {
            Node byId = byHubId.get(hubKey(huggingFaceId));
            if (byId != null) {
                return new Match(byId, stillUnreconciled(byId, name != null ? name : huggingFaceId), false, "Hugging Face id " + huggingFaceId);
            }
        }
        if (name != null) {
            String key = nameKey(name);
            Node model = modelsByName.get(key);
            // A model known under another Hugging Face id is another repository (a mirror or a fine-tune that kept the name).
            boolean otherRepository = model != null && huggingFaceId != null && withHubId.contains(model);
            if (model != null && !otherRepository) {
                return new Match(model, stillUnreconciled(model, name), false, "name " + name);
            }
            Node family = familiesByName.get(key);
            if (family != null) {
                return new Match(family, false, true, "family name " + name);
            }
        }
        String slugSource = huggingFaceId != null ? huggingFaceId : name;
        Node iri = NodeFactory.createURI(Ikg.ID + "model/" + slug(slugSource));
        minted.putIfAbsent(iri, name != null ? name : huggingFaceId);
        if (huggingFaceId != null) {
            byHubId.putIfAbsent(hubKey(huggingFaceId), iri);
            withHubId.add(iri);
        }
        if (name != null) {
            modelsByName.putIfAbsent(nameKey(name), iri);
        }
        return new Match(iri, true, false, "minted");
    }

    /** The model a name denotes, without minting: news mentions attach to known models only. */
    public Match matchExisting(String name) {
        Node model = modelsByName.get(nameKey(name));
        return model == null ? null : new Match(model, minted.containsKey(model), false, "name " + name);
    }

    /**
     * Whether an entity is one a harvester minted (now or in an earlier harvest): every graph that mentions it
     * declares it again, so it keeps its type and label when the graph that first minted it is replaced.
     */
    private boolean stillUnreconciled(Node entity, String name) {
        if (unreconciledInStore.contains(entity)) {
            minted.putIfAbsent(entity, name);
        }
        return minted.containsKey(entity);
    }

    /** Takes back an entity minted in this harvest that the caller decided not to state after all. */
    public void forget(Node entity) {
        if (minted.remove(entity) != null) {
            byHubId.values().removeIf(entity::equals);
            modelsByName.values().removeIf(entity::equals);
            withHubId.remove(entity);
        }
    }

    /** A family by name, or null (families are never minted: an unknown section name is only reported). */
    public Node family(String name) {
        return name == null ? null : familiesByName.get(nameKey(name));
    }

    /** The family whose name is the longest prefix of a model name ("InternLM2.5-7B" → InternLM2.5), or null. */
    public Node familyByPrefix(String modelName) {
        String key = nameKey(modelName);
        String best = null;
        for (String family : familiesByName.keySet()) {
            if (key.startsWith(family) && key.length() > family.length() && (best == null || family.length() > best.length())) {
                best = family;
            }
        }
        return best == null ? null : familiesByName.get(best);
    }

    /** The curated values of a property of an entity (several where curators kept several, such as two Hugging Face ids). */
    public java.util.Set<Node> curatedValues(Node entity, Node property) {
        return curated.getOrDefault(entity, Map.of()).getOrDefault(property, java.util.Set.of());
    }

    /** Entities minted in this harvest, with the name they were minted for. */
    public Map<Node, String> minted() {
        return minted;
    }

    /** Hugging Face ids compare case-insensitively, and {@code v1.1} is the same repository name as {@code v1_1}. */
    static String hubKey(String id) {
        return id.strip().toLowerCase(Locale.ROOT).replace('.', '_');
    }

    /** "InternLM2.5 (7B)", "internlm2_5-7b" and "InternLM2.5-7B" differ only in punctuation, case and spacing. */
    static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** An IRI slug: lower case, runs of anything but [a-z0-9] become one hyphen ("Qwen1.5" → "qwen1-5"). */
    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "unnamed" : s;
    }

    private static boolean isTrue(Node node) {
        return node != null && node.isLiteral() && "true".equals(node.getLiteralLexicalForm());
    }
}
