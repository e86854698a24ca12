package org.liftshift.validate.internal;

import org.liftshift.model.navigation.DesignNavigation;

import static org.liftshift.model.navigation.DesignNavigation.hasText;
import static org.liftshift.model.navigation.DesignNavigation.regionOf;
import static org.liftshift.model.navigation.DesignNavigation.sameRegion;

import java.util.List;
import java.util.Objects;

import org.liftshift.model.plan.BcdrDesign;
import org.liftshift.model.plan.JobOrchestration;
import org.liftshift.model.plan.OrchestrationKind;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.DataFactory;
import org.liftshift.model.target.FailoverGroup;
import org.liftshift.model.target.ManagedInstance;
import org.liftshift.validate.DesignRule;

/** BCDR-1 to BCDR-3 and the dual-standby pair (CON-1). */
final class ContinuityChecks {

    private ContinuityChecks() {
    }

    static List<Check> all() {
        return List.of(new SecondaryFactoryForPipelines(), new AgentJobsForSecondary(), new MasterKeySurvivesFailover(),
                new DualStandbyPairConsistent());
    }

    static boolean uses(DesignIndex design, OrchestrationKind kind) {
        BcdrDesign bcdr = design.plan().getBcdr();
        return bcdr != null && bcdr.getOrchestration() == kind
                || design.plan().getOrchestrations().stream().anyMatch(o -> o.getKind() == kind);
    }

    /** BCDR-1 */
    static final class SecondaryFactoryForPipelines implements Check {
        @Override
        public void check(DesignIndex design, Findings findings) {
            BcdrDesign bcdr = design.plan().getBcdr();
            if (bcdr == null || !uses(design, OrchestrationKind.ADF_PIPELINE)) {
                return;
            }
            DataFactory secondary = bcdr.getSecondaryFactory();
            DataFactory primary = bcdr.getPrimaryRuntime() == null ? null : DesignNavigation.factoryOf(bcdr.getPrimaryRuntime());
            if (secondary == null || secondary == primary) {
                findings.error(DesignRule.BCDR_1, "The BCDR design orchestrates with ADF pipelines but has no secondary data"
                        + " factory of its own for the pipelines and disabled triggers.", bcdr);
            } else if (hasText(bcdr.getSecondaryRegion()) && !sameRegion(secondary.getRegion(), bcdr.getSecondaryRegion())) {
                findings.error(DesignRule.BCDR_1, "Secondary data factory " + Names.of(secondary) + " is in "
                        + secondary.getRegion() + ", not in the secondary region " + bcdr.getSecondaryRegion() + ".", secondary, bcdr);
            }
        }
    }

    /** BCDR-2 */
    static final class AgentJobsForSecondary implements Check {
        @Override
        public void check(DesignIndex design, Findings findings) {
            BcdrDesign bcdr = design.plan().getBcdr();
            if (bcdr == null || !uses(design, OrchestrationKind.MI_AGENT_JOB)) {
                return;
            }
            for (JobOrchestration orchestration : design.plan().getOrchestrations()) {
                if (orchestration.getKind() == OrchestrationKind.MI_AGENT_JOB && !hasText(orchestration.getOwnerLogin())) {
                    findings.error(DesignRule.BCDR_2, "Agent job " + Names.of(orchestration.getJob()) + " has no owner login"
                            + " for the Managed Instances.", orchestration);
                }
            }
            FailoverGroup group = bcdr.getFailoverGroup();
            if (group == null || !(group.getSecondary() instanceof ManagedInstance secondary) || !secondary.isAgentEnabled()) {
                findings.error(DesignRule.BCDR_2, "Agent jobs need a secondary Managed Instance with SQL Agent, and the BCDR"
                        + " design's failover group " + (group == null ? "is not set." : "has none."), bcdr);
            }
        }
    }

    /** BCDR-3 */
    static final class MasterKeySurvivesFailover implements Check {
        @Override
        public void check(DesignIndex design, Findings findings) {
            for (FailoverGroup group : design.failoverGroups()) {
                if (group.getPrimary() instanceof ManagedInstance && !group.isCarriesServiceMasterKey()) {
                    findings.warning(DesignRule.BCDR_3, "Failover group " + Names.of(group) + " does not carry the service"
                            + " master key: the kit must add and register a DMK password for SSISDB.", group);
                }
            }
        }
    }

    /** CON-1 */
    static final class DualStandbyPairConsistent implements Check {
        @Override
        public void check(DesignIndex design, Findings findings) {
            BcdrDesign bcdr = design.plan().getBcdr();
            if (bcdr == null || bcdr.getPrimaryRuntime() == null || bcdr.getSecondaryRuntime() == null) {
                return;
            }
            AzureSsisIntegrationRuntime primary = bcdr.getPrimaryRuntime();
            AzureSsisIntegrationRuntime secondary = bcdr.getSecondaryRuntime();
            if (primary == secondary) {
                findings.error(DesignRule.CON_1, "The dual-standby pair names IR " + Names.of(primary) + " twice.", bcdr);
                return;
            }
            String primaryPair = primary.getCatalog() == null ? null : primary.getCatalog().getDualStandbyPairName();
            String secondaryPair = secondary.getCatalog() == null ? null : secondary.getCatalog().getDualStandbyPairName();
            if (!hasText(primaryPair) || !Objects.equals(primaryPair, secondaryPair)) {
                findings.error(DesignRule.CON_1, "IRs " + Names.of(primary) + " and " + Names.of(secondary)
                        + " do not share a dual-standby pair name (" + primaryPair + " / " + secondaryPair + ").", bcdr,
                        primary, secondary);
            }
            if (hasText(bcdr.getSecondaryRegion()) && !sameRegion(regionOf(secondary), bcdr.getSecondaryRegion())) {
                findings.error(DesignRule.CON_1, "Secondary IR " + Names.of(secondary) + " is in " + regionOf(secondary)
                        + ", not in the secondary region " + bcdr.getSecondaryRegion() + ".", secondary, bcdr);
            }
        }
    }
}
