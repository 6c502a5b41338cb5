package org.internkg.sparql;

import java.util.Iterator;
import java.util.List;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * REGEX, REPLACE, {@code fn:matches} and {@code fn:replace} on RE2's linear-time engine (RE2J). ARQ runs them on
 * java.util.regex, which backtracks: {@code REGEX(?x, "^(.*a){12}$")} keeps a core busy for minutes, and the
 * query timeout cannot interrupt a match in progress. Here the REGEX and REPLACE operators become calls of the
 * {@code fn:} functions, and the function registry of public queries maps those to RE2J. Patterns RE2 cannot run
 * (backreferences, lookaround) are refused: a constant one before the query starts (400), one computed from data
 * as an evaluation error (the row is filtered out).
 */
final class LinearRegex {

    static final String FN = "http://www.w3.org/2005/xpath-functions#";
    static final String MATCHES = FN + "matches";
    static final String REPLACE = FN + "replace";

    private LinearRegex() {
    }

    /** The query with every REGEX / REPLACE operator turned into the fn: function; constant patterns are checked now. */
    static Query rewrite(Query query) {
        ExprTransformCopy toFunctions = new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex) {
                    checkConstant(args, 2);
                    return new E_Function(MATCHES, args);
                }
                if (func instanceof E_StrReplace) {
                    checkConstant(args, 3);
                    return new E_Function(REPLACE, args);
                }
                if (func instanceof E_Function f && isRegexFunction(f.getFunctionIRI())) {
                    checkConstant(args, f.getFunctionIRI().endsWith("#replace") ? 3 : 2);
                }
                return super.transform(func, args);
            }
        };
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), toFunctions);
    }

    /** ARQ's standard functions with every regular-expression function bound to RE2J. */
    static FunctionRegistry registry() {
        FunctionRegistry registry = FunctionRegistry.createFrom(FunctionRegistry.get());
        for (Iterator<String> keys = FunctionRegistry.get().keys(); keys.hasNext(); ) {
            String iri = keys.next();
            if (iri.endsWith("#matches") || iri.endsWith("#regex")) {
                registry.put(iri, Matches.class);
            } else if (iri.endsWith("#replace")) {
                registry.put(iri, Replace.class);
            }
        }
        registry.put(MATCHES, Matches.class);
        registry.put(REPLACE, Replace.class);
        return registry;
    }

    private static boolean isRegexFunction(String iri) {
        return iri.endsWith("#matches") || iri.endsWith("#regex") || iri.endsWith("#replace");
    }

    /** Pattern and flags that are constants are compiled now, so a pattern RE2 refuses is a 400 before anything runs. */
    private static void checkConstant(ExprList args, int flagsAt) {
        // REGEX(text, pattern[, flags]) has its flags at 2; REPLACE(text, pattern, replacement[, flags]) at 3.
        if (args.size() < 2 || !args.get(1).isConstant()) {
            return;
        }
        String flags = "";
        if (args.size() > flagsAt && args.get(flagsAt).isConstant()) {
            flags = args.get(flagsAt).getConstant().asString();
        }
        try {
            compile(args.get(1).getConstant().asString(), flags);
        } catch (ExprEvalException e) {
            throw SparqlException.badRequest(e.getMessage());
        }
    }

    /** Compiles with SPARQL's flags (i s m x q); anything RE2 cannot run is an evaluation error naming the cause. */
    static Pattern compile(String regex, String flags) {
        int mask = 0;
        String pattern = regex;
        for (char flag : flags.toCharArray()) {
            switch (flag) {
                case 'i' -> mask |= Pattern.CASE_INSENSITIVE;
                case 's' -> mask |= Pattern.DOTALL;
                case 'm' -> mask |= Pattern.MULTILINE;
                case 'q' -> pattern = Pattern.quote(regex);
                case 'x' -> pattern = pattern.replaceAll("\\s+", "");
                default -> throw new ExprEvalException("unknown regular-expression flag '" + flag + "' (use i, s, m, x or q)");
            }
        }
        try {
            return Pattern.compile(pattern, mask);
        } catch (PatternSyntaxException e) {
            throw new ExprEvalException("regular expression " + shorten(regex) + " is not supported: " + e.getDescription()
                    + " (patterns run on a linear-time engine: no backreferences or lookaround)");
        }
    }

    private static String shorten(String s) {
        return "\"" + (s.length() > 80 ? s.substring(0, 80) + "…" : s) + "\"";
    }

    private static String lexical(NodeValue value, String role) {
        if (!value.isString() && !value.isLangString()) {
            throw new ExprEvalException(role + " is not a string: " + value);
        }
        return value.asNode().getLiteralLexicalForm();
    }

    /** REGEX / fn:matches: (text, pattern[, flags]). One compiled pattern is kept while the pattern stays the same. */
    public static final class Matches extends FunctionBase {

        private String lastKey;
        private Pattern last;

        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 2 && args.size() != 3) {
                throw new org.apache.jena.query.QueryBuildException("REGEX takes 2 or 3 arguments");
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            String text = lexical(args.get(0), "the text");
            String flags = args.size() == 3 ? lexical(args.get(2), "the flags") : "";
            return NodeValue.makeBoolean(pattern(lexical(args.get(1), "the pattern"), flags).matcher(text).find());
        }

        private synchronized Pattern pattern(String regex, String flags) {
            String key = flags + "\u0000" + regex;
            if (!key.equals(lastKey)) {
                last = compile(regex, flags);
                lastKey = key;
            }
            return last;
        }
    }

    /** REPLACE / fn:replace: (text, pattern, replacement[, flags]); keeps the text's language tag. */
    public static final class Replace extends FunctionBase {

        private String lastKey;
        private Pattern last;

        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 3 && args.size() != 4) {
                throw new org.apache.jena.query.QueryBuildException("REPLACE takes 3 or 4 arguments");
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            NodeValue input = args.get(0);
            String text = lexical(input, "the text");
            String flags = args.size() == 4 ? lexical(args.get(3), "the flags") : "";
            Pattern pattern = pattern(lexical(args.get(1), "the pattern"), flags);
            if (pattern.matches("")) {
                throw new ExprEvalException("REPLACE: the pattern matches the empty string");
            }
            String replacement = lexical(args.get(2), "the replacement");
            String result;
            try {
                Matcher matcher = pattern.matcher(text);
                result = flags.indexOf('q') >= 0 ? matcher.replaceAll(Matcher.quoteReplacement(replacement))
                        : matcher.replaceAll(replacement);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new ExprEvalException("REPLACE: bad replacement " + shorten(replacement));
            }
            String lang = input.asNode().getLiteralLanguage();
            return lang == null || lang.isEmpty() ? NodeValue.makeString(result) : NodeValue.makeLangString(result, lang);
        }

        private synchronized Pattern pattern(String regex, String flags) {
            String key = flags + "\u0000" + regex;
            if (!key.equals(lastKey)) {
                last = compile(regex, flags);
                lastKey = key;
            }
            return last;
        }
    }
}
