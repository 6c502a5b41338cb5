package org.internkg.bench;

import java.util.List;

/**
 * One query template of the benchmark with its instances (the template with its parameters bound, as text sent
 * to every server alike), its weight in the explorer-weighted mix, and whether it answers a graph (Turtle).
 */
public record BenchQuery(String name, int weight, boolean graphResult, List<String> instances) {

    public BenchQuery {
        instances = List.copyOf(instances);
        if (instances.isEmpty()) {
            throw new IllegalArgumentException("no instances for " + name + ": is the store empty?");
        }
    }

    /** The media type a client asks for: SPARQL JSON for rows, Turtle for graphs. */
    public String accept() {
        return graphResult ? "text/turtle" : "application/sparql-results+json";
    }
}
