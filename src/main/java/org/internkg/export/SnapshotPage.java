package org.internkg.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.webjars.WebJarVersionLocator;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import tools.jackson.databind.json.JsonMapper;

/**
 * Renders a snapshot as one self-contained HTML page ({@code templates/snapshot/snapshot.mustache}): Cytoscape.js
 * read from its webjar and inlined, the elements and facts as JSON, the Turtle as a {@code text/turtle} block,
 * and a small script of its own. Nothing on the page refers to a server; a meta CSP forbids fetching anything.
 *
 * <p>The three script bodies cannot be HTML-escaped (a script is raw text), so each is made safe for its place
 * here: JSON with {@code < > &} and U+2028/9 as {@code \\u} escapes, the Turtle with {@code <} as the Turtle
 * escape {@code \\u003C} wherever a closing tag or comment could start (only inside literals: Jena writes absolute
 * IRIs) and line and paragraph separators escaped too, the library with {@code </script} broken up. Every other value goes through Mustache's HTML escaping.
 */
@Component
class SnapshotPage {

    private final Template template;
    private final String cytoscape;
    private final JsonMapper json = JsonMapper.builder().build();

    SnapshotPage() {
        Mustache.Compiler compiler = Mustache.compiler().escapeHTML(true).defaultValue("");
        try (Reader reader = new InputStreamReader(new ClassPathResource("templates/snapshot/snapshot.mustache").getInputStream(),
                StandardCharsets.UTF_8)) {
            this.template = compiler.compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the snapshot template", e);
        }
        this.cytoscape = scriptSafe(library("cytoscape", "dist/cytoscape.min.js"));
    }

    /** The page's own words in the language of the view it was taken from. */
    private static final Map<String, Map<String, String>> WORDS = Map.of(
            "en", Map.of("title", "InternKG snapshot", "nodes", "nodes", "links", "links", "filter", "Filter nodes",
                    "filterPlaceholder", "Filter nodes by name or IRI", "fit", "Fit", "turtle", "Turtle (.ttl)",
                    "hint", "Click a node to see its label, type, IRI and facts. Drag to pan, scroll to zoom.",
                    "type", "type", "matches", "matches"),
            "zh", Map.of("title", "InternKG 快照", "nodes", "个节点", "links", "条连接", "filter", "筛选节点",
                    "filterPlaceholder", "按名称或 IRI 筛选节点", "fit", "适应", "turtle", "Turtle (.ttl)",
                    "hint", "点击节点查看其标签、类型、IRI 和事实。拖动平移，滚轮缩放。",
                    "type", "类型", "matches", "个匹配"));

    String render(ViewSnapshot.Content content, String day) {
        Map<String, String> words = WORDS.get(content.language());
        String data = jsonInScript(json.writeValueAsString(Map.of("nodes", content.nodes(), "edges", content.edges(),
                "language", content.language(), "words", words)));
        return template.execute(Map.of(
                "title", words.get("title") + " · " + day,
                "t", words,
                "lang", content.language().equals("zh") ? "zh-CN" : "en",
                "cytoscape", cytoscape,
                "data", data,
                "turtle", turtleInScript(content.turtle()),
                "nodeCount", content.nodes().size(),
                "edgeCount", content.edges().size()));
    }

    /** JSON that can sit inside a script element: no character that ends it or starts markup stays literal. */
    static String jsonInScript(String jsonText) {
        StringBuilder out = new StringBuilder(jsonText.length() + 64);
        for (int i = 0; i < jsonText.length(); i++) {
            char c = jsonText.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Turtle that can sit inside a script element and parses to the same graph. */
    static String turtleInScript(String turtle) {
        // Outside literals Turtle has '<' only before an absolute IRI, never before '/' or '!'.
        return turtle.replace("</", "\\u003C/").replace("<!", "\\u003C!")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private static String scriptSafe(String code) {
        return code.replaceAll("(?i)</(script)", "<\\\\/$1").replace("<!--", "<\\!--");
    }

    private static String library(String webjar, String path) {
        String full = new WebJarVersionLocator().fullPath(webjar, path);
        if (full == null) {
            throw new IllegalStateException("the webjar " + webjar + " has no " + path);
        }
        try (InputStream in = new ClassPathResource(full).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + full, e);
        }
    }
}
