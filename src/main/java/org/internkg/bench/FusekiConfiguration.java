package org.internkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Fuseki assembler for the benchmark: the very same TDB2 store, read-only query service, and the union of
 * the named graphs as default graph, as InternKG serves it, so both answer the same queries over the same data.
 */
final class FusekiConfiguration {

    private FusekiConfiguration() {
    }

    static Path write(Path store, Path file) throws IOException {
        String location = store.toAbsolutePath().toString().replace("\\", "\\\\").replace("\"", "\\\"");
        Files.writeString(file, """
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>

                <#service> rdf:type fuseki:Service ;
                    fuseki:name "ds" ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                    fuseki:dataset <#dataset> .

                <#dataset> rdf:type tdb2:DatasetTDB2 ;
                    tdb2:location "%s" ;
                    tdb2:unionDefaultGraph true .
                """.formatted(location));
        return file;
    }
}
