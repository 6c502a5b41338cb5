package org.internkg.harvest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * InternLM READMEs and model cards: every pipe table with a {@code Model} column and a {@code Transformers} column
 * is a model-zoo table (the four layouts of 2023–2025 differ in columns and sections, not in that), and every dated
 * news line that announces a release.
 */
final class ModelZooHarvester implements Harvester {

    // [20230920] (2023), \[2024.01.17\] (later), with or without a list marker.
    private static final Pattern NEWS = Pattern.compile("^(?:[-*]\\s*)?\\\\?\\[(\\d{4})[./]?(\\d{2})[./]?(\\d{2})\\\\?\\]\\s*(.+)$");
    private static final Pattern MODEL_NAME = Pattern.compile("Intern[A-Za-z]*[0-9A-Za-z][0-9A-Za-z._\\-]*");

    @Override
    public SourceKind kind() {
        return SourceKind.MODEL_ZOO;
    }

    @Override
    public HarvestResult read(SourceText source) {
        HarvestResult result = new HarvestResult(source);
        List<String> lines = source.lines();
        for (PipeTable table : PipeTable.readAll(lines)) {
            if (table.column("Model") == 0 && table.column("Transformers") > 0) {
                readZoo(table, result);
            }
        }
        readNews(lines, result);
        return result;
    }

    private static void readZoo(PipeTable table, HarvestResult result) {
        int hf = table.column("Transformers");
        int modelScope = table.column("ModelScope");
        int openXLab = table.column("OpenXLab");
        int date = table.column("Release Date");
        int reward = table.column("RewardBench");
        String family = familyOf(table);
        int width = table.columns().size();
        for (PipeTable.Row row : table.rows()) {
            List<String> cells = row.cells();
            if (cells.size() != width) {
                result.unreadable(row.line(), "row has " + cells.size() + " cells, the header has " + width);
                continue;
            }
            String name = MarkdownText.bold(cells.get(0));
            name = name == null ? MarkdownText.plain(cells.get(0)) : name;
            String hfId = MarkdownText.repoIdOn(cells.get(hf), "huggingface.co", "huggingface.co/");
            if (name.isEmpty() || hfId == null) {
                result.unreadable(row.line(), name.isEmpty() ? "no model name in the first column"
                        : "no Hugging Face link in the " + table.columns().get(hf) + " column for " + name);
                continue;
            }
            LocalDate released = null;
            if (date >= 0 && !cells.get(date).isBlank()) {
                try {
                    released = LocalDate.parse(cells.get(date).strip());
                } catch (DateTimeParseException e) {
                    result.unreadable(row.line(), "release date \"" + cells.get(date) + "\" of " + name + " is not YYYY-MM-DD; row kept without it");
                }
            }
            BigDecimal score = null;
            if (reward >= 0 && !cells.get(reward).isBlank()) {
                try {
                    score = new BigDecimal(MarkdownText.plain(cells.get(reward)));
                } catch (NumberFormatException e) {
                    result.unreadable(row.line(), "RewardBench score \"" + cells.get(reward) + "\" of " + name + " is not a number; row kept without it");
                }
            }
            String modelScopeId = modelScope < 0 ? null
                    : MarkdownText.repoIdOn(cells.get(modelScope), "modelscope.cn", "/models/");
            String openXLabId = openXLab < 0 ? null
                    : MarkdownText.repoIdOn(cells.get(openXLab), "openxlab.org.cn", "/models/detail/");
            result.models().add(new ModelRow(row.line(), name, hfId, modelScopeId, openXLabId, released, family, score));
        }
    }

    /** The family a table lists: its {@code ###} section from 2024-08 on; flat tables under "Model Zoo" have none. */
    private static String familyOf(PipeTable table) {
        String heading = table.heading();
        if (heading == null || table.headingLevel() < 3) {
            return null;
        }
        String lower = heading.toLowerCase(Locale.ROOT);
        return lower.contains("model zoo") || lower.contains("模型库") ? null : MarkdownText.plain(heading);
    }

    /** News lines that announce a release (not checkpoint updates or reports), with the model names they mention. */
    private static void readNews(List<String> lines, HarvestResult result) {
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("```")) {
                fenced = !fenced;
            }
            Matcher m = NEWS.matcher(line);
            if (fenced || !m.matches()) {
                continue;
            }
            String text = m.group(4);
            String lower = text.toLowerCase(Locale.ROOT);
            boolean announces = (lower.contains("release") || text.contains("发布"))
                    && !lower.contains("update") && !text.contains("更新") && !lower.contains("report") && !text.contains("报告");
            if (!announces) {
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException e) {
                result.unreadable(i + 1, "news date " + m.group(1) + "." + m.group(2) + "." + m.group(3) + " is not a valid date");
                continue;
            }
            List<String> names = new ArrayList<>();
            Matcher name = MODEL_NAME.matcher(MarkdownText.plain(text));
            while (name.find()) {
                names.add(name.group().replaceAll("[.\\-_]+$", ""));
            }
            if (!names.isEmpty()) {
                result.news().add(new NewsItem(i + 1, date, names, MarkdownText.plain(text)));
            }
        }
    }
}
