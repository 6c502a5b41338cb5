package org.internkg.cli;

import java.util.List;

import org.internkg.changes.DataRelease;
import org.internkg.changes.ReleaseCatalogue;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the program's version, and beside it, named apart, the data release it bundles and the ontology
 * version that release conforms to.
 */
class VersionText implements IVersionProvider {

    static final String PROGRAM = "InternKG 0.1.0";

    @Override
    public String[] getVersion() {
        DataRelease release = ReleaseCatalogue.load(List.of()).bundled();
        return new String[] {PROGRAM, "data release " + release.id() + " (" + release.issued() + ")",
            "ontology " + (release.ontologyVersion() == null ? "(not stated)" : release.ontologyVersion())};
    }
}
