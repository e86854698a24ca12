package org.liftshift.validate;

import java.util.function.Consumer;

/**
 * One way to break a rule: {@code arrange} makes the rule apply to the baseline while keeping it
 * satisfied, {@code breakIt} then violates it.
 */
record RuleCase(DesignRule rule, int severity, String name, Consumer<Baseline> arrange, Consumer<Baseline> breakIt) {

    static RuleCase of(DesignRule rule, int severity, String name, Consumer<Baseline> arrange, Consumer<Baseline> breakIt) {
        return new RuleCase(rule, severity, name, arrange, breakIt);
    }

    @Override
    public String toString() {
        return rule.id() + ": " + name;
    }
}
