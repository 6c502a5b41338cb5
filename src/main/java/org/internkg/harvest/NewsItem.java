package org.internkg.harvest;

import java.time.LocalDate;
import java.util.List;

/** A dated news line that announces a release, with the model names it mentions. */
public record NewsItem(int line, LocalDate date, List<String> modelNames, String text) {
}
