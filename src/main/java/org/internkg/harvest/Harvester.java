package org.internkg.harvest;

/** Reads one kind of upstream document into rows; it never touches the store. */
public interface Harvester {

    SourceKind kind();

    HarvestResult read(SourceText source);

    /** The harvester for a source kind. */
    static Harvester of(SourceKind kind) {
        return switch (kind) {
            case MODEL_ZOO -> new ModelZooHarvester();
            case SUPPORT_TABLE -> new SupportTableHarvester();
            case TOOL_README -> new ToolReadmeHarvester();
            case OPENCOMPASS_CONFIG -> new OpenCompassConfigHarvester();
            case MODEL_CARD -> new ModelCardHarvester();
        };
    }
}
