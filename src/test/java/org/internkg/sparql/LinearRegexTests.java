package org.internkg.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.jena.sparql.expr.NodeValue;
import org.junit.jupiter.api.Test;

/** The regular-expression functions of public queries: java.util.regex under a step budget, RE2J past it. */
class LinearRegexTests {

    static boolean matches(String text, String pattern, String flags) {
        return new LinearRegex.Matches().exec(List.of(NodeValue.makeString(text), NodeValue.makeString(pattern),
                NodeValue.makeString(flags))).getBoolean();
    }

    @Test
    void budgetedTextStopsReadingPastItsBudget() {
        BudgetedText text = BudgetedText.of("abc", 4);
        for (int i = 0; i < 4; i++) {
            assertThat(text.charAt(i % 3)).isEqualTo("abc".charAt(i % 3));
        }
        assertThatThrownBy(() -> text.charAt(0)).isInstanceOf(BudgetedText.Exhausted.class);
        assertThat(text.length()).isEqualTo(3);
        assertThat(text.toString()).isEqualTo("abc");
    }

    @Test
    void catastrophicPatternIsStoppedAndAnsweredByTheLinearEngine() {
        LinearRegex.Matches function = new LinearRegex.Matches();
        // java.util.regex alone backtracks for minutes on this 41-character text before answering false.
        assertThat(function.exec(List.of(NodeValue.makeString("a".repeat(40) + "b"), NodeValue.makeString("^(.*a){12}$")))
                .getBoolean()).isFalse();
        assertThat(function.fallbacks()).as("the budget stopped java.util.regex").isEqualTo(1);
        assertThat(function.exec(List.of(NodeValue.makeString("a".repeat(40)), NodeValue.makeString("^(.*a){12}$")))
                .getBoolean()).as("the pattern stays on RE2J, with the same answers").isTrue();
        assertThat(function.fallbacks()).isEqualTo(1);
    }

    @Test
    void ordinaryPatternsRunOnJavaRegexWithoutFallingBack() {
        LinearRegex.Matches function = new LinearRegex.Matches();
        for (String label : List.of("InternNova3-7B-Chat", "internlm2.5-7b", "XTuner", "书生·浦语 InternNova3-7B")) {
            boolean expected = label.toLowerCase(java.util.Locale.ROOT).contains("nova3-7b");
            assertThat(function.exec(List.of(NodeValue.makeString(label), NodeValue.makeString("nova3-7b"),
                    NodeValue.makeString("i"))).getBoolean()).as(label).isEqualTo(expected);
        }
        assertThat(function.fallbacks()).isZero();
    }

    @Test
    void flagsMeanWhatTheyMeanInRe2() {
        assertThat(matches("ÄRGER", "ärger", "i")).as("case folding beyond ASCII").isTrue();
        assertThat(matches("a.b", "a.b", "q")).isTrue();
        assertThat(matches("axb", "a.b", "q")).isFalse();
        assertThat(matches("a\nb", "a.b", "")).isFalse();
        assertThat(matches("a\nb", "a.b", "s")).isTrue();
        assertThat(matches("x\nab", "^ab", "m")).isTrue();
        assertThat(matches("a b", "a b", "x")).isFalse();
        assertThat(matches("ab", "a b", "x")).isTrue();
        // POSIX classes are RE2 syntax that Java would read as a plain set of characters.
        assertThat(matches("Z", "^[[:alpha:]]$", "")).isTrue();
        assertThat(matches(":", "^[[:alpha:]]$", "")).isFalse();
    }

    @Test
    void replaceFallsBackToo() {
        LinearRegex.Replace function = new LinearRegex.Replace();
        String text = "a".repeat(30) + "b";
        NodeValue result = function.exec(List.of(NodeValue.makeString(text), NodeValue.makeString("(.*a){10}c"),
                NodeValue.makeString("x")));
        assertThat(result.getString()).isEqualTo(text);
        assertThat(function.fallbacks()).isEqualTo(1);
        NodeValue ordinary = new LinearRegex.Replace().exec(List.of(NodeValue.makeLangString("Intern LM", "en"),
                NodeValue.makeString("(\\w+) "), NodeValue.makeString("$1-")));
        assertThat(ordinary.asNode().getLiteralLexicalForm()).isEqualTo("Intern-LM");
        assertThat(ordinary.asNode().getLiteralLanguage()).isEqualTo("en");
    }
}
