package org.internkg.harvest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenCompass model configurations (Python). Each {@code path='owner/name'} in a {@code dict(...)} is a model the
 * config evaluates; files that build their dicts in a loop list the models as {@code ('abbr', 'owner/name', n)}
 * tuples, read the same way. The file prefix gives the backend: {@code hf_} HuggingFace, {@code lmdeploy_} LMDeploy
 * (TurboMind), {@code vllm_} vLLM.
 */
final class OpenCompassConfigHarvester implements Harvester {

    private static final Pattern PATH = Pattern.compile("\\bpath\\s*=\\s*['\"]([\\w.\\-]+/[\\w.\\-]+)['\"]");
    private static final Pattern TUPLE = Pattern.compile("\\(\\s*['\"]([^'\"]+)['\"]\\s*,\\s*['\"]([\\w.\\-]+/[\\w.\\-]+)['\"]");
    private static final Pattern ANY_PATH = Pattern.compile("\\bpath\\s*=");

    @Override
    public SourceKind kind() {
        return SourceKind.OPENCOMPASS_CONFIG;
    }

    @Override
    public HarvestResult read(SourceText source) {
        HarvestResult result = new HarvestResult(source);
        String backend = backend(source.fileName());
        String engine = source.text().contains("TurboMindModel") ? "TurboMind" : null;
        List<String> lines = source.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("#")) {
                continue;
            }
            Matcher path = PATH.matcher(line);
            Matcher tuple = TUPLE.matcher(line);
            if (path.find()) {
                add(result, i + 1, path.group(1), backend, engine);
            } else if (tuple.find()) {
                add(result, i + 1, tuple.group(2), backend, engine);
            } else if (ANY_PATH.matcher(line).find() && lines.stream().noneMatch(l -> TUPLE.matcher(l).find())) {
                // path=some_variable with no settings tuples to read it from: this reader cannot follow it.
                result.unreadable(i + 1, "path is not a literal 'owner/name': " + line.strip());
            }
        }
        if (result.supports().isEmpty() && result.unreadable().isEmpty()) {
            result.unreadable(1, "no model path found in the configuration");
        }
        return result;
    }

    private static void add(HarvestResult result, int line, String hfId, String backend, String engine) {
        String name = hfId.substring(hfId.indexOf('/') + 1);
        result.supports().add(new SupportRow(line, name, hfId, null, engine, null, null, backend, true));
    }

    static String backend(String fileName) {
        if (fileName.startsWith("lmdeploy_")) {
            return "LMDeploy";
        }
        if (fileName.startsWith("vllm_")) {
            return "vLLM";
        }
        return fileName.startsWith("hf_") ? "HuggingFace" : null;
    }
}
