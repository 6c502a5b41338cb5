package org.internkg.workbench;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the SPARQL workbench at {@code /query}.
 *
 * @param tableRows most result rows the workbench's table shows (default 1000); the rest is reached through the
 *                  "download all" links, which ask {@code /sparql} for the full answer
 */
@ConfigurationProperties("internkg.workbench")
public record WorkbenchProperties(Integer tableRows) {

    public WorkbenchProperties {
        tableRows = tableRows == null ? 1000 : tableRows;
        if (tableRows < 1) {
            throw new IllegalArgumentException("internkg.workbench.table-rows must be positive");
        }
    }
}
