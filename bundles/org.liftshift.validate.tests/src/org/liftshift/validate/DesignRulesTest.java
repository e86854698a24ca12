package org.liftshift.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.liftshift.model.persistence.MigrationFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DesignRulesTest {

    private final DesignValidation validation = DesignValidation.withDesignRules();

    @Test
    void theBaselineDesignIsValid() {
        Diagnostic result = validation.validate(new Baseline().plan);

        assertThat(messages(result)).isEmpty();
        assertThat(result.getSeverity()).isEqualTo(Diagnostic.OK);
    }

    @Test
    void aNewEmptyDesignIsValidSoAnArchitectStartsWithoutErrors() {
        Diagnostic result = validation.validate(MigrationFiles.newPlan("Fabrikam"));

        assertThat(messages(result)).isEmpty();
    }

    @Test
    void everyRuleHasTextsAUniqueCodeAndPassingAndFailingDesigns() {
        Set<DesignRule> covered = RuleCases.all().stream().map(RuleCase::rule)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DesignRule.class)));
        assertThat(covered).containsExactlyInAnyOrder(DesignRule.values());
        for (DesignRule rule : DesignRule.values()) {
            assertThat(rule.title()).as("title of %s", rule.id()).isNotBlank();
            assertThat(rule.rationale()).as("why of %s", rule.id()).isNotBlank();
            assertThat(rule.fix()).as("fix of %s", rule.id()).isNotBlank();
            assertThat(DesignRule.byCode(rule.code())).contains(rule);
            assertThat(DesignRule.byId(rule.id())).contains(rule);
        }
        assertThat(Arrays.stream(DesignRule.values()).map(DesignRule::code).distinct()).hasSize(DesignRule.values().length);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.liftshift.validate.RuleCases#all")
    void ruleHoldsWhenMetAndReportsWhenBroken(RuleCase rule) {
        Baseline design = new Baseline();
        rule.arrange().accept(design);

        Diagnostic arranged = validation.validate(design.plan);
        assertThat(DesignValidation.ofRule(arranged, rule.rule())).as("%s before breaking it", rule).isEmpty();
        assertThat(errors(arranged)).as("the arranged design is valid").isEmpty();

        rule.breakIt().accept(design);
        Diagnostic broken = validation.validate(design.plan);
        List<Diagnostic> reported = DesignValidation.ofRule(broken, rule.rule());

        assertThat(reported).as("%s after breaking it", rule).isNotEmpty();
        for (Diagnostic diagnostic : reported) {
            assertThat(diagnostic.getSeverity()).isEqualTo(rule.severity());
            assertThat(diagnostic.getSource()).isEqualTo(DesignRule.SOURCE);
            assertThat(diagnostic.getMessage()).startsWith("[" + rule.rule().id() + "] ")
                    .contains(" Why: " + rule.rule().rationale()).endsWith(" Fix: " + rule.rule().fix());
            List<?> data = diagnostic.getData();
            assertThat(data.get(0)).as("the object concerned comes first").isInstanceOf(EObject.class);
            assertThat(data.get(data.size() - 1)).isEqualTo(rule.rule());
        }
    }

    @Test
    void emfConstraintsAreCheckedToo() {
        Baseline design = new Baseline();
        design.ir.setName(null);

        Diagnostic result = validation.validate(design.plan);

        assertThat(messages(result)).anyMatch(m -> m.contains("name") && m.contains("AzureSsisIntegrationRuntime"));
    }

    @Test
    void withoutDesignRulesOnlyEmfConstraintsRun() {
        Baseline design = new Baseline();
        design.ir.getVnetInjection().setSubnet(design.miSubnet);

        assertThat(DesignValidation.ofRule(DesignValidation.withoutDesignRules().validate(design.plan), DesignRule.EP_1))
                .isEmpty();
        assertThat(DesignValidation.ofRule(validation.validate(design.plan), DesignRule.EP_1)).isNotEmpty();
    }

    private static List<String> messages(Diagnostic result) {
        return result.getChildren().stream().map(Diagnostic::getMessage).toList();
    }

    private static List<String> errors(Diagnostic result) {
        return result.getChildren().stream().filter(d -> d.getSeverity() == Diagnostic.ERROR).map(Diagnostic::getMessage)
                .toList();
    }
}
