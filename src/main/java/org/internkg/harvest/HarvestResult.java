package org.internkg.harvest;

import java.util.ArrayList;
import java.util.List;

/** What a harvester read from one source: rows of each kind, and the rows it could not read. */
public final class HarvestResult {

    private final SourceText source;
    private final List<ModelRow> models = new ArrayList<>();
    private final List<NewsItem> news = new ArrayList<>();
    private final List<SupportRow> supports = new ArrayList<>();
    private final List<ModelCard> cards = new ArrayList<>();
    private final List<UnreadableRow> unreadable = new ArrayList<>();

    public HarvestResult(SourceText source) {
        this.source = source;
    }

    public SourceText source() {
        return source;
    }

    public List<ModelRow> models() {
        return models;
    }

    public List<NewsItem> news() {
        return news;
    }

    public List<SupportRow> supports() {
        return supports;
    }

    public List<ModelCard> cards() {
        return cards;
    }

    public List<UnreadableRow> unreadable() {
        return unreadable;
    }

    void unreadable(int line, String reason) {
        unreadable.add(new UnreadableRow(source.name(), line, reason));
    }
}
