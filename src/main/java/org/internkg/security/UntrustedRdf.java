package org.internkg.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.graph.GraphFactory;
import org.internkg.graph.RdfFiles;
import org.internkg.graph.RdfSyntaxException;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Reads an upload from the open internet into a graph, or refuses it with the reason and where. In this order,
 * each step before anything more expensive: the size (413), the syntax named by Content-Type (Turtle or
 * N-Triples only: JSON-LD can make a parser fetch a remote {@code @context}, 415), strict UTF-8 and no control
 * characters (400 with line and column; Jena would silently replace bad bytes and accept NUL), bracket depth
 * (50,000 nested brackets overflow the parser's stack), a strict parse (400 with line and column), and then
 * every term: IRI schemes from the allow-list, literal length, well-formed Unicode.
 */
@Component
public class UntrustedRdf {

    private static final MediaType TURTLE = MediaType.parseMediaType("text/turtle");
    private static final MediaType N_TRIPLES = MediaType.parseMediaType("application/n-triples");
    private static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

    private final WriteProperties limits;

    public UntrustedRdf(WriteProperties limits) {
        this.limits = limits;
    }

    /** Reads the body (at most {@code internkg.write.max-upload-bytes}) and parses it; relative IRIs resolve against {@code base}. */
    public Graph read(InputStream body, long declaredLength, String contentType, String base) {
        Lang lang = langOf(contentType);
        if (declaredLength > limits.maxUploadBytes()) {
            throw tooLarge();
        }
        String text = decode(readLimited(body));
        NestingScanner.Shape shape = NestingScanner.scan(text);
        if (shape.depth() > limits.maxDepth()) {
            throw bad("the upload nests brackets " + shape.depth() + " deep; the limit is " + limits.maxDepth());
        }
        Graph graph = GraphFactory.createDefaultGraph();
        StreamRDF checked = new StreamRDFWrapper(StreamRDFLib.graph(graph)) {
            @Override
            public void triple(Triple triple) {
                check(triple.getSubject());
                check(triple.getPredicate());
                check(triple.getObject());
                super.triple(triple);
            }
        };
        try {
            RdfFiles.parseStrict(text, lang, "upload", base, checked);
        } catch (RdfSyntaxException e) {
            String where = e.line() > 0 ? "line " + e.line() + ", column " + e.column() + ": " : "";
            String prefix = e.file() + ":" + e.line() + ":" + e.column() + ": ";
            String detail = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
            throw bad("syntax error " + (where.isEmpty() ? "" : "at " + where) + clean(detail));
        }
        return graph;
    }

    private static Lang langOf(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw unsupported("an upload needs a Content-Type: text/turtle or application/n-triples");
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            throw unsupported("malformed Content-Type: " + clean(contentType));
        }
        if (type.getCharset() != null && !type.getCharset().equals(StandardCharsets.UTF_8)) {
            throw unsupported("uploads are UTF-8 only; got charset=" + type.getCharset().name());
        }
        if (type.isCompatibleWith(TURTLE)) {
            return Lang.TURTLE;
        }
        if (type.isCompatibleWith(N_TRIPLES)) {
            return Lang.NTRIPLES;
        }
        if (type.isCompatibleWith(JSON_LD)) {
            throw unsupported("JSON-LD uploads are refused: a JSON-LD document can make the server fetch remote "
                    + "@context documents; send text/turtle or application/n-triples");
        }
        throw unsupported("unsupported Content-Type " + clean(type.toString()) + "; send text/turtle or application/n-triples");
    }

    private byte[] readLimited(InputStream in) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[16384];
        try {
            int n;
            while ((n = in.read(chunk)) > 0) {
                buffer.write(chunk, 0, n);
                if (buffer.size() > limits.maxUploadBytes()) {
                    throw tooLarge();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the upload failed", e);
        }
        return buffer.toByteArray();
    }

    /** Strict UTF-8: the first malformed byte is reported by line and column, as are control characters. */
    static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            throw bad("the upload is not valid UTF-8 at " + position(out, out.length()) + " (byte " + in.position() + ")");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                throw bad("the upload holds the control character U+" + String.format("%04X", (int) c) + " at " + position(text, i));
            }
        }
        return text;
    }

    private static String position(CharSequence text, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return "line " + line + ", column " + column;
    }

    private void check(Node node) {
        if (node.isURI()) {
            checkIri(node.getURI());
        } else if (node.isLiteral()) {
            String lexical = node.getLiteralLexicalForm();
            if (lexical.length() > limits.maxLiteralLength()) {
                throw bad("a literal is " + lexical.length() + " characters long; the limit is " + limits.maxLiteralLength()
                        + " (it starts \"" + clean(lexical.substring(0, Math.min(40, lexical.length()))) + "…\")");
            }
            checkText(lexical, "a literal");
            checkIri(node.getLiteralDatatypeURI());
        }
    }

    private void checkIri(String iri) {
        int colon = iri.indexOf(':');
        String scheme = colon < 0 ? "" : iri.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!limits.allowedSchemes().contains(scheme)) {
            throw bad("the IRI <" + clean(iri.length() > 100 ? iri.substring(0, 100) + "…" : iri) + "> uses the scheme \""
                    + clean(scheme) + ":\", which is not allowed; allowed: " + String.join(", ", limits.allowedSchemes()));
        }
        checkText(iri, "an IRI");
    }

    /** Escapes such as {@code \u0000} or a lone {@code \uD800} get past the byte-level checks: look at the terms too. */
    private static void checkText(String s, String what) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw bad(what + " holds an unpaired surrogate U+" + String.format("%04X", (int) c) + ": not valid Unicode");
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f || c == 0xfffe || c == 0xffff) {
                throw bad(what + " holds the character U+" + String.format("%04X", (int) c) + ", which is not allowed");
            }
        }
    }

    /** Client-supplied text in a message: no control characters, bounded length. */
    static String clean(String s) {
        String printable = s.replaceAll("[\\p{Cntrl}\\p{Cs}]", "?");
        return printable.length() > 300 ? printable.substring(0, 300) + "…" : printable;
    }

    private static RefusedRequestException bad(String message) {
        return new RefusedRequestException(HttpStatus.BAD_REQUEST, message);
    }

    private static RefusedRequestException unsupported(String message) {
        return new RefusedRequestException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, message);
    }

    private RefusedRequestException tooLarge() {
        return new RefusedRequestException(HttpStatus.CONTENT_TOO_LARGE,
                "the upload is larger than " + limits.maxUploadBytes() + " bytes (internkg.write.max-upload-bytes)");
    }
}
