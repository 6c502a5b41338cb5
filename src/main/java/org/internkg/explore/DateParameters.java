package org.internkg.explore;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/** Date bounds of the timeline: a year ({@code 2024}), a month ({@code 2024-07}) or a day ({@code 2024-07-03}). */
final class DateParameters {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private DateParameters() {
    }

    /** The first day the text names ({@code 2024} → 2024-01-01); absent gives null. */
    static LocalDate start(String name, String value) {
        return parse(name, value, true);
    }

    /** The last day the text names ({@code 2024} → 2024-12-31); absent gives null. */
    static LocalDate end(String name, String value) {
        return parse(name, value, false);
    }

    private static LocalDate parse(String name, String value, boolean start) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (YEAR.matcher(text).matches()) {
                int year = Integer.parseInt(text);
                return start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
            }
            if (MONTH.matcher(text).matches()) {
                YearMonth month = YearMonth.parse(text);
                return start ? month.atDay(1) : month.atEndOfMonth();
            }
            return LocalDate.parse(text);
        } catch (java.time.DateTimeException e) {
            throw new InvalidParameterException(name, "The parameter '" + name
                    + "' must be a year (2024), a month (2024-07) or a date (2024-07-03).");
        }
    }
}
