package org.internkg.harvest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A GitHub-flavoured markdown pipe table: header rows (more than one where a table stacks a second header row
 * before its body, as LMDeploy's "other platforms" table does), body rows with their line numbers, and the
 * heading the table sits under.
 *
 * @param headers      header rows, the last one naming the columns
 * @param rows         body rows
 * @param heading      the nearest {@code #} heading above the table, or null
 * @param headingLevel its level (number of {@code #})
 */
record PipeTable(List<List<String>> headers, List<Row> rows, String heading, int headingLevel) {

    /** One body row: its line number (1-based) and cells. */
    record Row(int line, List<String> cells) {
    }

    private static final Pattern DELIMITER = Pattern.compile("^\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");

    List<String> columns() {
        return headers.get(headers.size() - 1);
    }

    /** The index of the first column whose name starts with {@code prefix} (case-insensitive), or -1. */
    int column(String prefix) {
        List<String> columns = columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).toLowerCase(java.util.Locale.ROOT).startsWith(prefix.toLowerCase(java.util.Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    /** Every pipe table in the lines, outside fenced code blocks. */
    static List<PipeTable> readAll(List<String> lines) {
        List<PipeTable> tables = new ArrayList<>();
        String heading = null;
        int level = 0;
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            var h = HEADING.matcher(line);
            if (h.matches()) {
                heading = h.group(2);
                level = h.group(1).length();
                continue;
            }
            if (line.startsWith("|") && i + 1 < lines.size() && DELIMITER.matcher(lines.get(i + 1).strip()).matches()) {
                List<List<String>> headers = new ArrayList<>();
                headers.add(cells(line));
                List<Row> rows = new ArrayList<>();
                int j = i + 2;
                while (j < lines.size() && lines.get(j).strip().startsWith("|")) {
                    rows.add(new Row(j + 1, cells(lines.get(j).strip())));
                    j++;
                }
                tables.add(new PipeTable(headers, rows, heading, level));
                i = j - 1;
            }
        }
        return tables;
    }

    /** Splits a row on unescaped pipes that are not inside a link or image (badge URLs contain none, but be safe). */
    static List<String> cells(String line) {
        String body = line.strip();
        if (body.startsWith("|")) {
            body = body.substring(1);
        }
        if (body.endsWith("|") && !body.endsWith("\\|")) {
            body = body.substring(0, body.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && body.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
