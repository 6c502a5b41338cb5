package org.internkg.harvest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Supported-model tables: one pipe table per engine and platform ("TurboMind on CUDA Platform"), one column per
 * precision with Yes / Yes* / No / - (LMDeploy), or ✅ / 🚧 (XTuner V1). "No" is a fact too (not supported); "-"
 * (not verified) and 🚧 (in progress) state nothing and are skipped.
 */
final class SupportTableHarvester implements Harvester {

    private static final Set<String> DESCRIPTIVE = Set.of("model", "size", "type");
    private static final Pattern ENGINE_ON_PLATFORM = Pattern.compile("^(.+?)\\s+on\\s+(.+?)(?:\\s+Platforms?)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEVICE_PRECISION = Pattern.compile("^(GPU|NPU|CPU)\\s*\\((.+)\\)$");

    @Override
    public SourceKind kind() {
        return SourceKind.SUPPORT_TABLE;
    }

    @Override
    public HarvestResult read(SourceText source) {
        HarvestResult result = new HarvestResult(source);
        for (PipeTable table : PipeTable.readAll(source.lines())) {
            readTable(table, result);
        }
        return result;
    }

    /** Reads one table if it is a support table (a {@code Model} column and verdict cells); other tables are ignored. */
    static void readTable(PipeTable table, HarvestResult result) {
        List<String> platforms = null;
        List<String> columns = table.columns();
        List<PipeTable.Row> rows = table.rows();
        // A two-row header: the delimiter follows the platform row, and the first body row names the columns.
        if (columns.get(0).isBlank() && !rows.isEmpty() && "model".equalsIgnoreCase(MarkdownText.plain(rows.get(0).cells().get(0)))) {
            platforms = columns;
            columns = rows.get(0).cells().stream().map(MarkdownText::plain).toList();
            rows = rows.subList(1, rows.size());
        }
        if (columns.isEmpty() || !"model".equalsIgnoreCase(MarkdownText.plain(columns.get(0)))) {
            return;
        }
        String engine = null;
        String platform = null;
        if (table.heading() != null) {
            Matcher m = ENGINE_ON_PLATFORM.matcher(MarkdownText.plain(table.heading()));
            if (m.matches()) {
                engine = m.group(1);
                platform = m.group(2).equalsIgnoreCase("Other") ? null : m.group(2);
            }
        }
        int sizeColumn = indexOf(columns, "size");
        int engineColumn = indexOf(columns, "supported inference engine");
        if (engineColumn < 0 && rows.stream().flatMap(r -> r.cells().stream().skip(1)).noneMatch(c -> verdict(MarkdownText.plain(c)) != null)) {
            return; // a table of numbers or notes that happens to start with a Model column
        }
        for (PipeTable.Row row : rows) {
            List<String> cells = row.cells();
            if (cells.size() != columns.size()) {
                result.unreadable(row.line(), "row has " + cells.size() + " cells, the header has " + columns.size());
                continue;
            }
            String name = MarkdownText.plain(cells.get(0));
            if (name.isEmpty()) {
                result.unreadable(row.line(), "no model name in the first column");
                continue;
            }
            String sizes = sizeColumn < 0 ? null : emptyToNull(MarkdownText.plain(cells.get(sizeColumn)));
            if (engineColumn >= 0) {
                result.supports().add(new SupportRow(row.line(), name, null, sizes, MarkdownText.plain(cells.get(engineColumn)), platform,
                        null, null, true));
                continue;
            }
            for (int c = 1; c < columns.size(); c++) {
                String column = MarkdownText.plain(columns.get(c));
                if (DESCRIPTIVE.contains(column.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                String cell = MarkdownText.plain(cells.get(c));
                Boolean supported = verdict(cell);
                if (supported == null && !isSilent(cell)) {
                    result.unreadable(row.line(), "cell \"" + cell + "\" of " + name + " / " + column + " is neither Yes, No nor -");
                    continue;
                }
                if (supported == null) {
                    continue;
                }
                String precision = column;
                String cellPlatform = platforms == null ? platform : emptyToNull(MarkdownText.plain(platforms.get(c)));
                Matcher device = DEVICE_PRECISION.matcher(column);
                if (device.matches()) {
                    cellPlatform = device.group(1);
                    precision = device.group(2);
                }
                result.supports().add(new SupportRow(row.line(), name, null, sizes, engine, cellPlatform, precision, null, supported));
            }
        }
    }

    private static Boolean verdict(String cell) {
        String c = cell.replace("*", "").strip().toLowerCase(Locale.ROOT);
        if (c.equals("yes") || c.equals("✅")) {
            return true;
        }
        return c.equals("no") || c.equals("❌") ? Boolean.FALSE : null;
    }

    private static boolean isSilent(String cell) {
        return cell.equals("-") || cell.equals("🚧") || cell.isEmpty();
    }

    private static int indexOf(List<String> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (MarkdownText.plain(columns.get(i)).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() || s.equals("-") ? null : s;
    }
}
