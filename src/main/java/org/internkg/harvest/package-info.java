/**
 * Harvesting upstream documents (model-zoo tables, supported-model lists, OpenCompass configs, Hugging Face model
 * cards) into sourced named graphs: one {@link org.internkg.harvest.Harvester} per source kind reads the text into
 * rows, the {@link org.internkg.harvest.Reconciler} attaches rows to curated entities, the
 * {@link org.internkg.harvest.HarvestGraphBuilder} writes the graph, and {@link org.internkg.harvest.HarvestService}
 * stores it (validated, one transaction), archives the version it replaces and lists the changes.
 */
package org.internkg.harvest;
