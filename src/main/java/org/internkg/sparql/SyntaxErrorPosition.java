package org.internkg.sparql;

import java.io.StringReader;
import java.util.Optional;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.lang.sparql_11.ParseException;
import org.apache.jena.sparql.lang.sparql_11.SPARQLParser11;
import org.apache.jena.sparql.lang.sparql_11.Token;

/**
 * Where a SPARQL syntax error really is. Jena's QueryParseException carries the position of the last token it
 * accepted, which for an unclosed {@code FILTER(} is the line before the offending {@code }}; editors then mark
 * the wrong line. Re-running Jena's own SPARQL 1.1 parser on the failed text gives the offending token.
 */
public final class SyntaxErrorPosition {

    /** A 1-based line and column. */
    public record Position(int line, int column) {
    }

    private SyntaxErrorPosition() {
    }

    /** The position of the token the parser refused, if the text fails to parse with a token error. */
    public static Optional<Position> of(String queryText) {
        SPARQLParser11 parser = new SPARQLParser11(new StringReader(queryText));
        parser.setQuery(new Query());
        try {
            parser.QueryUnit();
            return Optional.empty();
        } catch (ParseException e) {
            Token offending = e.currentToken == null ? null : e.currentToken.next;
            return offending == null || offending.beginLine <= 0 ? Optional.empty()
                    : Optional.of(new Position(offending.beginLine, offending.beginColumn));
        } catch (RuntimeException | Error e) {
            // Lexical and semantic errors (unknown prefix, bad IRI) already carry the right position.
            return Optional.empty();
        }
    }
}
