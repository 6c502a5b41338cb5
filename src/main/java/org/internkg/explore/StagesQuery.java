package org.internkg.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.internkg.explore.GraphLookup.LangLabels;
import org.internkg.explore.GraphLookup.SourceRef;
import org.internkg.graph.KnowledgeBase;
import org.springframework.stereotype.Component;

/** The pipeline stages in their order ({@code ikg:stageOrder}), each with the tools that serve it and the source saying so. */
@Component
class StagesQuery {

    private final KnowledgeBase kb;
    private final BoundedSelect select = BoundedSelect.load("stages.rq", 5000);

    StagesQuery(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** What serves the stage: mostly a software tool; {@code type} tells datasets and others apart. */
    record Tool(String iri, LangLabels label, String type, List<SourceRef> sources) {
    }

    record Stage(String iri, LangLabels label, Integer order, LangLabels description, List<Tool> tools) {
    }

    record Stages(List<Stage> stages) {
    }

    Stages stages() {
        return kb.read(ds -> {
            GraphLookup lookup = new GraphLookup(ds);
            Map<Node, Map<Node, List<Node>>> toolsByStage = new LinkedHashMap<>();
            for (QuerySolution row : select.select(ds, Map.of())) {
                Map<Node, List<Node>> tools = toolsByStage.computeIfAbsent(row.get("stage").asNode(), k -> new LinkedHashMap<>());
                if (row.contains("tool")) {
                    tools.computeIfAbsent(row.get("tool").asNode(), k -> new ArrayList<>()).add(row.get("g").asNode());
                }
            }
            List<Stage> stages = new ArrayList<>();
            toolsByStage.forEach((stage, tools) -> {
                List<Tool> list = new ArrayList<>();
                tools.forEach((tool, graphs) -> list.add(new Tool(tool.getURI(), lookup.labels(tool),
                        lookup.primaryType(tool).isURI() ? GraphLookup.localName(lookup.primaryType(tool)) : null,
                        graphs.stream().distinct().map(lookup::source).toList())));
                list.sort(java.util.Comparator.comparing((Tool t) -> t.label().en() == null ? t.iri() : t.label().en(),
                        String.CASE_INSENSITIVE_ORDER));
                stages.add(new Stage(stage.getURI(), stageLabel(lookup, stage), lookup.integer(stage, GraphLookup.STAGE_ORDER),
                        lookup.description(stage), list));
            });
            stages.sort(java.util.Comparator.comparing((Stage s) -> s.order() == null ? Integer.MAX_VALUE : s.order())
                    .thenComparing(Stage::iri));
            return new Stages(stages);
        });
    }

    /** Stages are SKOS concepts: their names may be {@code skos:prefLabel} only. */
    private static LangLabels stageLabel(GraphLookup lookup, Node stage) {
        LangLabels l = lookup.labels(stage);
        LangLabels pref = lookup.langText(stage, org.apache.jena.vocabulary.SKOS.prefLabel.asNode());
        return new LangLabels(l.en() != null ? l.en() : pref.en(), l.zh() != null ? l.zh() : pref.zh());
    }
}
