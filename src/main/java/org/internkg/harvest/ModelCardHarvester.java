package org.internkg.harvest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Hugging Face model cards: the YAML front matter between the first two {@code ---} lines. {@code base_model} is
 * how community fine-tunes enter the graph (a derivation edge to the model they were trained from). The card's own
 * repository comes from its URL ({@code --source-url https://huggingface.co/owner/name}), else {@code model_name}.
 */
final class ModelCardHarvester implements Harvester {

    @Override
    public SourceKind kind() {
        return SourceKind.MODEL_CARD;
    }

    @Override
    public HarvestResult read(SourceText source) {
        HarvestResult result = new HarvestResult(source);
        List<String> lines = source.lines();
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                end = i;
                break;
            }
        }
        if (lines.isEmpty() || !lines.get(0).strip().equals("---") || end < 0) {
            result.unreadable(1, "no YAML front matter between two --- lines");
            return result;
        }
        Map<?, ?> front;
        try {
            // SafeConstructor: front matter is data from the internet, never a recipe for Java objects.
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(String.join("\n", lines.subList(1, end)));
            front = parsed instanceof Map<?, ?> map ? map : Map.of();
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 2;
            result.unreadable(line, "front matter is not valid YAML: " + e.getProblem());
            return result;
        } catch (YAMLException e) {
            result.unreadable(1, "front matter is not valid YAML: " + e.getMessage());
            return result;
        }
        String hfId = MarkdownText.repoId(source.documentUrl(), "huggingface.co/");
        if (hfId == null && front.get("model_name") instanceof String name && name.contains("/")) {
            hfId = name;
        }
        String name = hfId != null ? hfId.substring(hfId.indexOf('/') + 1) : string(front.get("model_name"));
        if (name == null) {
            result.unreadable(1, "cannot tell which model this card describes: give its URL with --source-url https://huggingface.co/OWNER/NAME");
            return result;
        }
        result.cards().add(new ModelCard(hfId, name, string(front.get("license")), strings(front.get("base_model")),
                string(front.get("pipeline_tag")), strings(front.get("tags")), strings(front.get("datasets")),
                string(front.get("library_name"))));
        return result;
    }

    private static String string(Object value) {
        return value == null ? null : value.toString().strip();
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().filter(v -> v != null).forEach(v -> out.add(v.toString().strip()));
        } else if (value != null) {
            out.add(value.toString().strip());
        }
        return out;
    }
}
