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
 * REGEX, REPLACE, {@code fn:matches} and {@code fn:replace}, fast and safe from catastrophic backtracking. ARQ runs
 * them on java.util.regex, which backtracks: {@code REGEX(?x, "^(.*a){12}$")} keeps a core busy for minutes, and
 * the query timeout cannot interrupt a match in progress. Here the REGEX and REPLACE operators become calls of the
 * {@code fn:} functions, and the function registry of public queries maps those to {@link Matches} and
 * {@link Replace}: each match runs on java.util.regex over a {@link BudgetedText}, which stops it after a number
 * of steps linear in the text's length; a match stopped so is done again on RE2's linear-time engine (RE2J),
 * which gives the same answer, and the function keeps to RE2J from then on. So ordinary patterns run at
 * java.util.regex's speed (about three times RE2J's on label scans) and a hostile one costs a bounded, linear
 * amount. Patterns RE2 cannot run (backreferences, lookaround) are refused, since no linear engine could finish
 * them: a constant one before the query starts (400), one computed from data as an evaluation error (the row is
 * filtered out).
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

    /**
     * One pattern on both engines. {@code fast} is java.util.regex with the same flags (null when Java cannot read
     * what RE2 can, e.g. {@code (?P<name>…)}); {@code linear} is RE2J, which decides what is accepted. Java's
     * flags are chosen to read like RE2's: Unicode case folding for {@code i}, only {@code \n} ends a line.
     */
    record Compiled(java.util.regex.Pattern fast, Pattern linear) {
    }

    /** Compiles with SPARQL's flags (i s m x q); anything RE2 cannot run is an evaluation error naming the cause. */
    static Compiled compile(String regex, String flags) {
        int mask = 0;
        int javaMask = java.util.regex.Pattern.UNIX_LINES;
        String pattern = regex;
        for (char flag : flags.toCharArray()) {
            switch (flag) {
                case 'i' -> {
                    mask |= Pattern.CASE_INSENSITIVE;
                    javaMask |= java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE;
                }
                case 's' -> {
                    mask |= Pattern.DOTALL;
                    javaMask |= java.util.regex.Pattern.DOTALL;
                }
                case 'm' -> {
                    mask |= Pattern.MULTILINE;
                    javaMask |= java.util.regex.Pattern.MULTILINE;
                }
                case 'q' -> pattern = Pattern.quote(regex);
                case 'x' -> pattern = pattern.replaceAll("\\s+", "");
                default -> throw new ExprEvalException("unknown regular-expression flag '" + flag + "' (use i, s, m, x or q)");
            }
        }
        Pattern linear;
        try {
            linear = Pattern.compile(pattern, mask);
        } catch (PatternSyntaxException e) {
            throw new ExprEvalException("regular expression " + shorten(regex) + " is not supported: " + e.getDescription()
                    + " (patterns must run on a linear-time engine: no backreferences or lookaround)");
        }
        if (readDifferently(pattern)) {
            return new Compiled(null, linear);
        }
        java.util.regex.Pattern fast;
        try {
            fast = java.util.regex.Pattern.compile(flags.indexOf('q') >= 0 ? java.util.regex.Pattern.quote(regex) : pattern,
                    javaMask);
        } catch (java.util.regex.PatternSyntaxException e) {
            fast = null;
        }
        return new Compiled(fast, linear);
    }

    /** RE2 syntax that Java reads with another meaning: POSIX classes {@code [[:alpha:]]}, the ungreedy flag {@code (?U)}. */
    private static boolean readDifferently(String pattern) {
        return pattern.contains("[:") || UNGREEDY_FLAG.matcher(pattern).find();
    }

    private static final java.util.regex.Pattern UNGREEDY_FLAG = java.util.regex.Pattern.compile("\\(\\?[a-zA-Z-]*U");

    private static String shorten(String s) {
        return "\"" + (s.length() > 80 ? s.substring(0, 80) + "…" : s) + "\"";
    }

    private static String lexical(NodeValue value, String role) {
        if (!value.isString() && !value.isLangString()) {
            throw new ExprEvalException(role + " is not a string: " + value);
        }
        return value.asNode().getLiteralLexicalForm();
    }

    /**
     * The compiled pattern of one function call site: kept while the pattern stays the same (it is a constant in
     * almost every query), and switched to RE2J for good once java.util.regex ran out of steps on it.
     */
    private abstract static class RegexFunction extends FunctionBase {

        /** The pattern last compiled here and whether it runs on RE2J only; replaced whole, read without locking. */
        private record Current(String regex, String flags, Compiled compiled, boolean linearOnly) {
            boolean isFor(String regex, String flags) {
                // a constant pattern hands over the same String every row: identity first, equals only when it differs
                return (this.regex == regex || this.regex.equals(regex)) && (this.flags == flags || this.flags.equals(flags));
            }
        }

        private volatile Current current;
        private final java.util.concurrent.atomic.AtomicLong fallbacks = new java.util.concurrent.atomic.AtomicLong();

        final Current pattern(String regex, String flags) {
            Current now = current;
            if (now == null || !now.isFor(regex, flags)) {
                Compiled compiled = compile(regex, flags);
                now = new Current(regex, flags, compiled, compiled.fast() == null);
                current = now;
            }
            return now;
        }

        /** java.util.regex ran out of steps on {@code pattern}: RE2J from now on for it. */
        final void gaveUp(Current pattern) {
            fallbacks.incrementAndGet();
            if (current == pattern) {
                current = new Current(pattern.regex(), pattern.flags(), pattern.compiled(), true);
            }
        }

        /** How many times java.util.regex ran out of steps here and RE2J took over (at most once: it then stays). */
        final long fallbacks() {
            return fallbacks.get();
        }
    }

    /** REGEX / fn:matches: (text, pattern[, flags]). */
    public static final class Matches extends RegexFunction {

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
            RegexFunction.Current pattern = pattern(lexical(args.get(1), "the pattern"), flags);
            if (!pattern.linearOnly()) {
                try {
                    return NodeValue.makeBoolean(pattern.compiled().fast().matcher(BudgetedText.of(text)).find());
                } catch (BudgetedText.Exhausted e) {
                    gaveUp(pattern);
                }
            }
            return NodeValue.makeBoolean(pattern.compiled().linear().matcher(text).find());
        }
    }

    /** REPLACE / fn:replace: (text, pattern, replacement[, flags]); keeps the text's language tag. */
    public static final class Replace extends RegexFunction {

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
            RegexFunction.Current current = pattern(lexical(args.get(1), "the pattern"), flags);
            Compiled pattern = current.compiled();
            if (pattern.linear().matches("")) {
                throw new ExprEvalException("REPLACE: the pattern matches the empty string");
            }
            String replacement = lexical(args.get(2), "the replacement");
            boolean literal = flags.indexOf('q') >= 0;
            String result = null;
            try {
                if (!current.linearOnly()) {
                    try {
                        java.util.regex.Matcher matcher = pattern.fast().matcher(BudgetedText.of(text));
                        result = matcher.replaceAll(literal ? java.util.regex.Matcher.quoteReplacement(replacement) : replacement);
                    } catch (BudgetedText.Exhausted e) {
                        gaveUp(current);
                    }
                }
                if (result == null) {
                    Matcher matcher = pattern.linear().matcher(text);
                    result = literal ? matcher.replaceAll(Matcher.quoteReplacement(replacement)) : matcher.replaceAll(replacement);
                }
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new ExprEvalException("REPLACE: bad replacement " + shorten(replacement));
            }
            String lang = input.asNode().getLiteralLanguage();
            return lang == null || lang.isEmpty() ? NodeValue.makeString(result) : NodeValue.makeLangString(result, lang);
        }
    }
}
