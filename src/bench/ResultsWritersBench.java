import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.internkg.format.Format;

/**
 * Jena's SPARQL results writers against InternKG's (Format.writeResults) on one answer shaped like the bench's
 * 2-hop query (500 rows: three IRIs and an English label), in one JVM, alternated, after a warm-up; prints the
 * median time per answer of each over five rounds. Run by src/bench/results-writers.
 */
public class ResultsWritersBench {

    public static void main(String[] args) {
        List<Var> vars = List.of(Var.alloc("n1"), Var.alloc("p2"), Var.alloc("n2"), Var.alloc("n2Label"));
        List<Binding> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add(Binding.builder()
                    .add(vars.get(0), NodeFactory.createURI("https://w3id.org/internkg/id/model/gen-model-" + i))
                    .add(vars.get(1), NodeFactory.createURI("https://w3id.org/internkg/def/supportsModel"))
                    .add(vars.get(2), NodeFactory.createURI("https://w3id.org/internkg/id/tool/gen-tool-" + i % 17))
                    .add(vars.get(3), NodeFactory.createLiteralLang("Generated tool " + i, "en")).build());
        }
        String[] names = {"Jena JSON", "InternKG JSON", "Jena XML", "InternKG XML"};
        double[][] times = new double[names.length][5];
        for (int round = -1; round < 5; round++) {
            for (int w = 0; w < names.length; w++) {
                long start = System.nanoTime();
                for (int i = 0; i < 400; i++) {
                    write(w, vars, rows);
                }
                if (round >= 0) {
                    times[w][round] = (System.nanoTime() - start) / 400e6;
                }
            }
        }
        for (int w = 0; w < names.length; w++) {
            Arrays.sort(times[w]);
            System.out.printf("%-14s %6.3f ms per 500-row answer (median of 5 rounds of 400), %d bytes%n",
                    names[w], times[w][2], write(w, vars, rows));
        }
    }

    private static int write(int writer, List<Var> vars, List<Binding> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var answer = RowSetStream.create(vars, rows.iterator());
        switch (writer) {
            case 0 -> jena(ResultSetLang.RS_JSON, out, answer);
            case 1 -> Format.JSON.writeResults(out, answer);
            case 2 -> jena(ResultSetLang.RS_XML, out, answer);
            default -> Format.XML.writeResults(out, answer);
        }
        return out.size();
    }

    private static void jena(Lang lang, ByteArrayOutputStream out, RowSet answer) {
        ResultsWriter.create().lang(lang).build().write(out, answer);
    }
}
