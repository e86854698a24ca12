package org.liftshift.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.liftshift.model.target.NetworkSecurityGroup;
import org.liftshift.model.target.SecurityRule;
import org.liftshift.model.target.SecurityRuleAccess;
import org.liftshift.model.target.SecurityRuleDirection;
import org.liftshift.model.target.SecurityRuleProtocol;
import org.liftshift.model.target.Subnet;

/** The helpers the design editor builds its guidance on: required NSG rules, node sizes, peak concurrency. */
class DesignHelpersTest {

    private final Baseline design = new Baseline();
    private final DesignValidation validation = DesignValidation.withDesignRules();

    @Test
    void theMissingRulesQuickFixClearsNet10AndLeavesSatisfiedRulesAlone() {
        design.irNsg.getRules().clear();
        assertThat(DesignValidation.ofRule(validation.validate(design.plan), DesignRule.NET_10)).isNotEmpty();
        assertThat(NetworkRequirements.of(design.ir)).anyMatch(r -> !NetworkRequirements.isAllowed(r));

        Map<NetworkSecurityGroup, List<SecurityRule>> missing = NetworkRequirements.missingRules(design.ir);
        missing.forEach((nsg, rules) -> nsg.getRules().addAll(rules));

        assertThat(DesignValidation.ofRule(validation.validate(design.plan), DesignRule.NET_10)).isEmpty();
        assertThat(NetworkRequirements.of(design.ir)).filteredOn(r -> r.rule() == DesignRule.NET_10).allMatch(NetworkRequirements::isAllowed);
        assertThat(NetworkRequirements.missingRules(design.ir)).as("nothing left to add").isEmpty();
    }

    @Test
    void addedRulesAreTcpAllowsAtFreePrioritiesFromOneHundred() {
        design.irNsg.getRules().clear();
        SecurityRule taken = Baseline.T.createSecurityRule();
        taken.setName("Existing");
        taken.setPriority(NetworkRequirements.FIRST_QUICK_FIX_PRIORITY);
        taken.setDirection(SecurityRuleDirection.OUTBOUND);
        taken.setAccess(SecurityRuleAccess.DENY);
        taken.getDestinationPortRanges().add("25");
        design.irNsg.getRules().add(taken);

        List<SecurityRule> added = NetworkRequirements.missingRules(design.ir).get(design.irNsg);

        assertThat(added).isNotEmpty().allMatch(r -> r.getAccess() == SecurityRuleAccess.ALLOW && r.getProtocol() == SecurityRuleProtocol.TCP);
        assertThat(added).extracting(SecurityRule::getPriority).doesNotContain(NetworkRequirements.FIRST_QUICK_FIX_PRIORITY)
                .doesNotHaveDuplicates().allMatch(p -> p > NetworkRequirements.FIRST_QUICK_FIX_PRIORITY && p < 4096);
        assertThat(added).extracting(SecurityRule::getName).contains("Liftshift-BatchNodeManagement");
        SecurityRule batch = added.stream().filter(r -> r.getName().equals("Liftshift-BatchNodeManagement")).findFirst().orElseThrow();
        assertThat(batch.getDestinationPortRanges()).containsExactly("29876-29877");
        assertThat(batch.getSourceAddressPrefix()).isEqualTo("BatchNodeManagement");
    }

    @Test
    void theSubnetQuickFixPicksAFittingSubnetThatClearsNet6() {
        design.ir.getVnetInjection().setSubnet(design.miSubnet);
        assertThat(DesignValidation.ofRule(validation.validate(design.plan), DesignRule.NET_6)).isNotEmpty();
        assertThat(SubnetFit.fits(design.plan, design.ir, design.miSubnet)).as("the MI's subnet").isFalse();

        Subnet better = SubnetFit.better(design.plan, design.ir).orElseThrow();
        design.ir.getVnetInjection().setSubnet(better);

        assertThat(better).isSameAs(design.irSubnet);
        assertThat(DesignValidation.ofRule(validation.validate(design.plan), DesignRule.NET_6)).isEmpty();
        assertThat(SubnetFit.better(design.plan, design.ir)).as("nothing better than a fitting subnet").isEmpty();
    }

    @Test
    void aSubnetTooSmallForTheNodesDoesNotFit() {
        design.irSubnet.setAddressPrefix("10.20.2.0/29");
        design.ir.setNodeCount(3);

        assertThat(SubnetFit.fits(design.plan, design.ir, design.irSubnet)).isFalse();
        assertThat(DesignValidation.ofRule(validation.validate(design.plan), DesignRule.NET_6)).isNotEmpty();
    }

    @Test
    void parallelExecutionsPerNodeFollowTheDocumentedLimits() {
        assertThat(NodeSizes.maxParallelPerNode("Standard_D1_v2")).contains(4);
        assertThat(NodeSizes.maxParallelPerNode("Standard_D2_v3")).contains(8);
        assertThat(NodeSizes.maxParallelPerNode("Standard_D8_v3")).contains(16);
        assertThat(NodeSizes.maxParallelPerNode("Standard_E64_v3")).contains(128);
        assertThat(NodeSizes.maxParallelPerNode("Standard_X")).isEmpty();
        assertThat(NodeSizes.ALL).hasSize(18).allMatch(size -> NodeSizes.cores(size).isPresent());
    }

    @Test
    void thePeakIsTheBusiestStartMinuteAndOps2FiresAboveCapacity() {
        for (int i = 0; i < 5; i++) {
            design.job("Extra " + i, design.job.getSteps().get(0).getPackage());
        }
        PeakConcurrency.Peak peak = PeakConcurrency.of(design.plan).get(design.ir);

        assertThat(peak.jobs()).isEqualTo(6);
        assertThat(peak.time()).isEqualTo("02:00");

        design.ir.setNodeCount(1);
        design.ir.setMaxParallelExecutionsPerNode(2);
        assertThat(PeakConcurrency.capacity(design.ir)).isEqualTo(2);
        List<Diagnostic> ops2 = DesignValidation.ofRule(validation.validate(design.plan), DesignRule.OPS_2);
        assertThat(ops2).singleElement().extracting(Diagnostic::getMessage).asString()
                .contains("6 SSIS jobs start at 02:00").contains("runs 2 at once (1 nodes x 2)");
    }
}
