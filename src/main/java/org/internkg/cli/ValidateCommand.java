package org.internkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.internkg.graph.BundledData;
import org.internkg.graph.RdfFiles;
import org.internkg.validation.KnowledgeBaseValidator;
import org.internkg.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks files before they are loaded: syntax (with line and column), then the shapes and data checks. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check RDF files: syntax errors with file:line:column, then the SHACL shapes and data checks "
                + "over all the files together. Exit 1 on a syntax error or a violation; warnings are listed only.")
class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Turtle, TriG, N-Triples, N-Quads, JSON-LD or RDF/XML files.")
    private List<Path> files;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        DatasetGraph all = DatasetGraphFactory.createTxnMem();
        for (Path file : files) {
            RdfFiles.readDataset(file).find().forEachRemaining(all::add);
        }
        ValidationReport report = new KnowledgeBaseValidator(new BundledData()).validate(all);
        var out = spec.commandLine().getOut();
        if (!report.findings().isEmpty()) {
            out.println(report.describe());
        }
        out.printf("%d violations, %d warnings in %d files%n", report.violations().size(), report.warnings().size(), files.size());
        return report.conforms() ? 0 : OneLineErrors.FAILURE;
    }
}
