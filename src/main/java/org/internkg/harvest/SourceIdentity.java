package org.internkg.harvest;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a document comes from, read from its name: the file naming of the upstream fixtures
 * ({@code <project>-<path with __ for />@<commit>}, e.g. {@code lmdeploy-docs__en__supported_models__supported_models.md@c124582})
 * or a GitHub / Hugging Face URL. Gives the document URL of the version, the version-independent URL, the commit
 * and the tool the document belongs to.
 *
 * @param documentUrl the URL of this version, or null when unknown
 * @param stableUrl   the URL independent of version, or null
 * @param commit      the commit, or null
 * @param tool        the tool slug, or null
 * @param label       a short English label
 */
public record SourceIdentity(String documentUrl, String stableUrl, String commit, String tool, String label) {

    /** Fixture project prefix → GitHub repository and default branch. */
    private static final Map<String, String[]> PROJECTS = Map.of(
            "internlm", new String[] {"InternLM/InternLM", "main"},
            "xtuner", new String[] {"InternLM/xtuner", "main"},
            "lmdeploy", new String[] {"InternLM/lmdeploy", "main"},
            "opencompass", new String[] {"open-compass/opencompass", "main"},
            "lagent", new String[] {"InternLM/lagent", "main"},
            "huixiangdou", new String[] {"InternLM/HuixiangDou", "main"},
            "internevo", new String[] {"InternLM/InternEvo", "develop"});
    private static final Map<String, String> TOOLS = Map.of("xtuner", "xtuner", "lmdeploy", "lmdeploy", "opencompass", "opencompass",
            "lagent", "lagent", "huixiangdou", "huixiangdou", "internevo", "internevo");
    private static final Pattern FIXTURE = Pattern.compile("^([a-z]+)-(.+?)@([0-9a-f]{7,40})(?:\\.[a-z]+)?$");
    private static final Pattern GITHUB = Pattern.compile("^https?://github\\.com/([^/]+)/([^/]+)/blob/([^/]+)/(.+)$");
    private static final Pattern RAW = Pattern.compile("^https?://raw\\.githubusercontent\\.com/([^/]+)/([^/]+)/([^/]+)/(.+)$");
    private static final Pattern HUGGING_FACE = Pattern.compile("^https?://huggingface\\.co/([^/]+)/([^/]+)(?:/.*)?$");
    private static final Pattern COMMIT = Pattern.compile("^[0-9a-f]{7,40}$");

    /** What the name says; every part may be null when the name follows no known convention. */
    public static SourceIdentity of(String name) {
        String file = name.substring(name.lastIndexOf('/') + 1);
        Matcher fixture = FIXTURE.matcher(file);
        if (!name.contains("://") && fixture.matches() && PROJECTS.containsKey(fixture.group(1))) {
            String[] project = PROJECTS.get(fixture.group(1));
            String path = fixture.group(2).replace("__", "/");
            String commit = fixture.group(3);
            return new SourceIdentity("https://github.com/" + project[0] + "/blob/" + commit + "/" + path,
                    "https://github.com/" + project[0] + "/blob/" + project[1] + "/" + path, commit, TOOLS.get(fixture.group(1)),
                    project[0] + " " + path + " @ " + commit);
        }
        Matcher github = GITHUB.matcher(name);
        if (!github.matches()) {
            github = RAW.matcher(name);
        }
        if (github.matches()) {
            String repo = github.group(1) + "/" + github.group(2);
            String ref = github.group(3);
            String commit = COMMIT.matcher(ref).matches() ? ref : null;
            String branch = commit == null ? ref : "main";
            return new SourceIdentity("https://github.com/" + repo + "/blob/" + ref + "/" + github.group(4),
                    "https://github.com/" + repo + "/blob/" + branch + "/" + github.group(4), commit,
                    TOOLS.get(github.group(2).toLowerCase(Locale.ROOT)), repo + " " + github.group(4) + (commit == null ? " (" + ref + ")" : " @ " + commit));
        }
        Matcher hf = HUGGING_FACE.matcher(name);
        if (hf.matches()) {
            String repo = hf.group(1) + "/" + hf.group(2);
            return new SourceIdentity("https://huggingface.co/" + repo, "https://huggingface.co/" + repo, null, null,
                    "Hugging Face model card " + repo);
        }
        return new SourceIdentity(null, null, null, null, file);
    }
}
