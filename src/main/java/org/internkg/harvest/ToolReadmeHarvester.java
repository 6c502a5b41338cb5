package org.internkg.harvest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tool READMEs: the supported models sit in an HTML table whose columns hold bullet lists, as {@code <li>} items
 * (LMDeploy, XTuner v0.x, InternEvo) or markdown {@code - } items (OpenCompass, HuixiangDou); the columns that
 * list models are named Models / LLMs / VLMs / LLM / Open-source Models. XTuner V1 has a ✅ matrix instead, read
 * like a support table.
 */
final class ToolReadmeHarvester implements Harvester {

    private static final Pattern MODEL_COLUMN = Pattern.compile("(?i)^(open-source )?(models?|llms?|vlms?)$");
    private static final Pattern HEADER = Pattern.compile("<b>(.*?)</b>|<th[^>]*>(.*?)</th>");
    private static final Pattern LI = Pattern.compile("<li>(.*?)(?:</li>|$)");
    private static final Pattern MD_ITEM = Pattern.compile("^\\s*[-*]\\s+(.+)$");
    private static final Pattern SIZES = Pattern.compile("^(.*?)\\s*\\(([^)]*)\\)\\s*$");
    private static final Pattern SHORTHAND = Pattern.compile("^([A-Za-z][A-Za-z\\- ]*?)\\s*(\\d[\\w.]*)\\s*/\\s*(\\d[\\w.]*)$");

    @Override
    public SourceKind kind() {
        return SourceKind.TOOL_README;
    }

    @Override
    public HarvestResult read(SourceText source) {
        HarvestResult result = new HarvestResult(source);
        readListTables(source.lines(), result);
        for (PipeTable table : PipeTable.readAll(source.lines())) {
            SupportTableHarvester.readTable(table, result);
        }
        return result;
    }

    private static void readListTables(List<String> lines, HarvestResult result) {
        int depth = 0;
        boolean headerRow = false;
        boolean comment = false;
        int rowIndex = -1;
        int column = -1;
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (comment) {
                comment = !line.contains("-->");
                continue;
            }
            if (line.contains("<!--")) {
                comment = !line.contains("-->");
                continue;
            }
            if (line.contains("<table")) {
                depth++;
                if (depth == 1) {
                    rowIndex = -1;
                    headers = new ArrayList<>();
                }
            }
            if (depth == 0) {
                continue;
            }
            if (line.contains("<tr")) {
                rowIndex++;
                column = -1;
                headerRow = rowIndex == 0;
            }
            if (line.contains("<td") || line.contains("<th")) {
                column++;
            }
            if (headerRow) {
                Matcher h = HEADER.matcher(line);
                if (h.find()) {
                    while (headers.size() <= column) {
                        headers.add("");
                    }
                    headers.set(Math.max(column, 0), MarkdownText.plain(h.group(1) != null ? h.group(1) : h.group(2)));
                }
            } else if (column >= 0 && column < headers.size() && MODEL_COLUMN.matcher(headers.get(column)).matches()) {
                Matcher li = LI.matcher(line);
                Matcher md = MD_ITEM.matcher(line);
                if (li.find()) {
                    readItem(li.group(1), i + 1, result);
                } else if (md.matches() && !line.contains("<")) {
                    readItem(md.group(1), i + 1, result);
                }
            }
            if (line.contains("</table")) {
                depth = Math.max(0, depth - 1);
            }
        }
    }

    /** One list item: "InternLM2.5 (7B)", "Qwen3, Qwen3-MoE", "InternLM2 / 2.5", a link, or "..." (reported). */
    private static void readItem(String item, int line, HarvestResult result) {
        String hfId = MarkdownText.repoIdOn(item, "huggingface.co", "huggingface.co/");
        // Decorations such as 🏷️ (a sponsor mark) are not part of the name.
        String text = MarkdownText.plain(item).replaceAll("[\\p{So}\\p{Sk}\\x{FE0F}]+", "").strip();
        if (text.isEmpty() || text.matches("[.…\\s]+")) {
            result.unreadable(line, "list item \"" + text + "\" names no model (an ellipsis for more)");
            return;
        }
        String sizes = null;
        Matcher s = SIZES.matcher(text);
        if (s.matches()) {
            text = s.group(1).strip();
            sizes = s.group(2).strip();
        }
        List<String> names = new ArrayList<>();
        Matcher shorthand = SHORTHAND.matcher(text);
        if (shorthand.matches()) {
            String stem = shorthand.group(1).strip();
            String joiner = text.contains(stem + " ") ? " " : "";
            names.add(stem + joiner + shorthand.group(2));
            names.add(stem + joiner + shorthand.group(3));
        } else {
            for (String part : splitOutsideParentheses(text)) {
                if (!part.isBlank()) {
                    names.add(part.strip());
                }
            }
        }
        for (String name : names) {
            // A link to an organisation page (huggingface.co/internlm) names no single repository.
            result.supports().add(SupportRow.listed(line, name, names.size() == 1 ? hfId : null, sizes));
        }
    }

    /** "Qwen3, Qwen3-MoE" is two names; "LLaVA(1.5,1.6)" is one. */
    private static List<String> splitOutsideParentheses(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder part = new StringBuilder();
        for (char c : text.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && depth == 0) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }
}
