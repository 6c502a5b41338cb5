package org.internkg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The knowledge base that ships in the jar ({@code ontology/} in the source tree): the TBox in its own named
 * graph, and the curated TriG files whose graphs are the source documents. Shapes and checks are read by
 * validation, not loaded into the store.
 */
public final class BundledData {

    private static final String ONTOLOGY = "classpath:ontology/internkg.ttl";
    private static final String DATA = "classpath*:ontology/data/*.trig";
    private static final String SHAPES = "classpath*:ontology/shapes/*.ttl";
    private static final String CHECKS = "classpath*:ontology/checks/*-violation.rq";
    /** The same quads as the files above, pre-parsed by the build ({@link BundledDataCompiler}). */
    static final String COMPILED = "ontology/bundled-data.rt";

    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    /**
     * The bundled data in one in-memory dataset. Read from the RDF Thrift form the build made of the files, which
     * loads several times faster than parsing TriG at every start; from the files themselves when it is missing
     * (classes compiled by an IDE rather than Maven).
     */
    public DatasetGraph read() {
        Resource compiled = resolver.getResource("classpath:" + COMPILED);
        return compiled.exists() ? readCompiled(compiled) : readSources();
    }

    /** Parses every bundled file into one in-memory dataset, so a syntax error leaves the store untouched. */
    public DatasetGraph readSources() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        DatasetGraph ontology = DatasetGraphFactory.createTxnMem();
        parse(resolver.getResource(ONTOLOGY), Lang.TURTLE, ontology);
        dsg.addGraph(Ikg.ONTOLOGY_GRAPH, ontology.getDefaultGraph());
        for (Resource file : resources(DATA)) {
            parse(file, Lang.TRIG, dsg);
        }
        return dsg;
    }

    static DatasetGraph readCompiled(Resource compiled) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        parse(compiled, Lang.RDFTHRIFT, dsg);
        return dsg;
    }

    /** Loads the bundled data into the store in one transaction. */
    public void loadInto(KnowledgeBase kb) {
        DatasetGraph data = read();
        kb.write(ds -> data.find().forEachRemaining(ds.asDatasetGraph()::add));
    }

    /** Loads extra resources (a Spring resource location or pattern; syntax from the suffix) in one transaction. */
    public void loadInto(KnowledgeBase kb, String location) {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        List<Resource> found = resources(location);
        if (found.isEmpty()) {
            throw new IllegalStateException("no data found at " + location);
        }
        for (Resource file : found) {
            parse(file, RdfFiles.langOf(file.getFilename()), data);
        }
        kb.write(ds -> data.find().forEachRemaining(ds.asDatasetGraph()::add));
    }

    public DatasetGraph shapes() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (Resource file : resources(SHAPES)) {
            parse(file, Lang.TURTLE, dsg);
        }
        return dsg;
    }

    /** The data checks: SPARQL queries named {@code *-violation.rq} that must return no rows. */
    public List<Resource> checks() {
        return resources(CHECKS);
    }

    private List<Resource> resources(String pattern) {
        try {
            return Arrays.stream(resolver.getResources(pattern))
                    .sorted(Comparator.comparing(Resource::getFilename)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + pattern, e);
        }
    }

    private static void parse(Resource resource, Lang lang, DatasetGraph target) {
        try (InputStream in = resource.getInputStream()) {
            RdfFiles.parse(in, lang, displayName(resource), target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource.getDescription(), e);
        }
    }

    /** {@code ontology/data/models.trig} rather than a jar URL, so errors point at the file to edit. */
    private static String displayName(Resource resource) {
        try {
            String url = resource.getURL().toString();
            int at = url.lastIndexOf("ontology/");
            return at < 0 ? resource.getFilename() : url.substring(at);
        } catch (IOException e) {
            return resource.getFilename();
        }
    }
}
