package org.internkg.explore;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSetStream;
import org.internkg.explore.CompatibilityMatrix.Cell;
import org.internkg.explore.CompatibilityMatrix.Evidence;
import org.internkg.explore.CompatibilityMatrix.Matrix;
import org.internkg.format.Format;
import org.internkg.format.UnknownFormatException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/matrix}: the model × tool compatibility matrix as JSON, or as CSV ({@code format=csv}, one row
 * per statement behind a cell and one row per unknown cell, written by Jena's CSV results writer).
 */
@RestController
class MatrixController {

    /** The CSV columns, in order. */
    static final List<String> CSV_COLUMNS = List.of("model", "model_label", "tool", "tool_label", "status",
            "via_family", "supported", "engine", "platform", "precision", "backend", "source_graph", "source_url", "commit");

    private final CompatibilityMatrix matrix;

    MatrixController(CompatibilityMatrix matrix) {
        this.matrix = matrix;
    }

    @GetMapping("/api/matrix")
    ResponseEntity<?> matrix(@RequestParam(required = false) String family, @RequestParam(required = false) List<String> tool,
                             @RequestParam(required = false) String format) {
        Node familyNode = ExploreParameters.optionalIri("family", family);
        Set<Node> tools = new LinkedHashSet<>();
        if (tool != null) {
            tool.forEach(t -> tools.add(ExploreParameters.iri("tool", t)));
        }
        Format wanted = format(format);
        Matrix result = matrix.compute(familyNode, tools);
        if (wanted == Format.CSV) {
            if (result.familyRequired() != null) {
                throw new InvalidParameterException("family", result.familyRequired().detail());
            }
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header("Content-Disposition", "inline; filename=\"internkg-matrix.csv\"")
                    .body(csv(result));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(result);
    }

    private static Format format(String name) {
        if (name == null || name.isBlank()) {
            return Format.JSON;
        }
        try {
            Format f = Format.byName(name.strip());
            if (f == Format.JSON || f == Format.CSV) {
                return f;
            }
        } catch (UnknownFormatException e) {
            // answered below, with the formats this endpoint offers
        }
        throw new InvalidParameterException("format", "The parameter 'format' must be json or csv.");
    }

    private static String csv(Matrix result) {
        List<Var> vars = CSV_COLUMNS.stream().map(Var::alloc).toList();
        Map<String, String> labels = new HashMap<>();
        result.models().forEach(r -> labels.put(r.iri(), r.label()));
        result.tools().forEach(c -> labels.put(c.iri(), c.label()));
        List<Binding> rows = new ArrayList<>();
        for (Cell cell : result.cells()) {
            List<Evidence> evidence = cell.evidence().isEmpty() ? Collections.singletonList(null) : cell.evidence();
            for (Evidence e : evidence) {
                BindingBuilder b = BindingBuilder.create();
                add(b, "model", cell.model());
                add(b, "model_label", labels.get(cell.model()));
                add(b, "tool", cell.tool());
                add(b, "tool_label", labels.get(cell.tool()));
                add(b, "status", cell.status());
                add(b, "via_family", String.valueOf(cell.viaFamily()));
                if (e != null) {
                    add(b, "supported", String.valueOf(e.supported()));
                    add(b, "engine", e.engine());
                    add(b, "platform", e.platform());
                    add(b, "precision", e.precision());
                    add(b, "backend", e.backend());
                    add(b, "source_graph", e.sourceGraph());
                    add(b, "source_url", e.sourceUrl());
                    add(b, "commit", e.commit());
                }
                rows.add(b.build());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetMgr.write(out, ResultSet.adapt(RowSetStream.create(vars, rows.iterator())), Format.CSV.lang());
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Plain literals: the CSV carries text, and IRIs stay readable as text too. */
    private static void add(BindingBuilder b, String column, String value) {
        if (value != null) {
            b.add(Var.alloc(column), NodeFactory.createLiteralString(value));
        }
    }
}
