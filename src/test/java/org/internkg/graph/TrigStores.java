package org.internkg.graph;

import java.io.StringReader;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** In-memory stores filled from TriG text, for tests that need a store of a particular shape (hubs, many families…). */
public final class TrigStores {

    private TrigStores() {
    }

    public static KnowledgeBase inMemory(String trig) {
        KnowledgeBase kb = KnowledgeBase.inMemory();
        load(kb, trig);
        return kb;
    }

    public static void load(KnowledgeBase kb, String trig) {
        kb.write(ds -> RDFParser.create().source(new StringReader(trig)).lang(Lang.TRIG).parse(ds.asDatasetGraph()));
    }
}
