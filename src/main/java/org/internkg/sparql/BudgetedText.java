package org.internkg.sparql;

/**
 * The text of one regular-expression match, as java.util.regex reads it: every {@code charAt} counts, and past
 * the budget the match is abandoned with {@link Exhausted}. A backtracking engine's work is its character reads,
 * so this bounds a catastrophic pattern ({@code ^(a|aa)+$}) to a fixed number of steps, at the price of one
 * increment and one comparison per read — which the query timeout cannot do, as it never interrupts a match.
 */
final class BudgetedText implements CharSequence {

    /** Reads every match may make whatever its length, and reads allowed per character of the text. */
    static final long BASE_STEPS = 10_000;
    static final long STEPS_PER_CHAR = 256;

    /** Thrown, without a stack trace, when the reads run out; callers finish that match another way. */
    static final class Exhausted extends RuntimeException {
        private static final Exhausted INSTANCE = new Exhausted();

        private Exhausted() {
            super("regular expression step budget exhausted", null, false, false);
        }
    }

    private final String text;
    private long left;

    private BudgetedText(String text, long budget) {
        this.text = text;
        this.left = budget;
    }

    /** {@code text} with the budget that its length earns. */
    static BudgetedText of(String text) {
        return new BudgetedText(text, BASE_STEPS + STEPS_PER_CHAR * text.length());
    }

    /** {@code text} with an explicit budget (tests). */
    static BudgetedText of(String text, long budget) {
        return new BudgetedText(text, budget);
    }

    @Override
    public char charAt(int index) {
        if (--left < 0) {
            throw Exhausted.INSTANCE;
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    /** Group extraction and replacement copy parts of the text; they are linear and not counted. */
    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
