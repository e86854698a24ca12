package org.liftshift.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The NSG semantics the network rules rely on, through the rules' public behaviour. */
class NsgEvaluatorTest {

    private final DesignValidation validation = DesignValidation.withDesignRules();

    @Test
    void aHigherPriorityAllowWinsOverALowerPriorityDeny() {
        Baseline design = new Baseline();
        design.irNsg.getRules().add(RuleCases.deny("DenyAllInbound", 4000, org.liftshift.model.target.SecurityRuleDirection.INBOUND,
                "*", "*", "*"));

        assertThat(DesignValidation.ofRule(validation.validate(design.plan), DesignRule.NET_10)).isEmpty();
    }

    @Test
    void aDenyAtHigherPriorityThanTheAllowBlocks() {
        Baseline design = new Baseline();
        design.irNsg.getRules().add(RuleCases.deny("DenyAllInbound", 50, org.liftshift.model.target.SecurityRuleDirection.INBOUND,
                "*", "*", "*"));

        assertThat(DesignValidation.ofRule(validation.validate(design.plan), DesignRule.NET_10)).hasSize(2)
                .allMatch(d -> d.getMessage().contains("BatchNodeManagement -> VirtualNetwork TCP 2987"));
    }

    @Test
    void proxyConnectionPolicyNeedsOnly1433() {
        Baseline design = new Baseline();
        design.irNsg.getRules().add(RuleCases.deny("DenyRedirect", 300, org.liftshift.model.target.SecurityRuleDirection.OUTBOUND,
                "*", "*", "11000-11999"));
        design.mi.setConnectionPolicy(org.liftshift.model.target.ConnectionPolicy.PROXY);

        assertThat(DesignValidation.ofRule(validation.validate(design.plan), DesignRule.NET_10)).isEmpty();
    }
}
