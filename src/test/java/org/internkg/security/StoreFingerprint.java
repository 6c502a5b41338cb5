package org.internkg.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.internkg.graph.KnowledgeBase;

/** A SHA-256 over the sorted N-Quads of every quad in the store: equal fingerprints, equal data. */
final class StoreFingerprint {

    private StoreFingerprint() {
    }

    static String of(KnowledgeBase kb) {
        return kb.read(ds -> of(ds.asDatasetGraph()));
    }

    static String of(DatasetGraph dsg) {
        List<String> lines = new ArrayList<>();
        dsg.find().forEachRemaining(q -> lines.add(NodeFmtLib.str(q)));
        lines.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return lines.size() + ":" + HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
