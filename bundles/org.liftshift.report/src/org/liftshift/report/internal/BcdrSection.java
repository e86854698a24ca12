package org.liftshift.report.internal;

import java.util.ArrayList;
import java.util.List;

import org.liftshift.generate.Failover;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.BcdrDesign;
import org.liftshift.model.target.SqlHost;

/** Business continuity: who takes over, which scenario applies, and how long the IR is away. */
final class BcdrSection {

    private BcdrSection() {
    }

    static String summary(ReportFacts facts) {
        BcdrDesign bcdr = facts.plan().getBcdr();
        if (bcdr == null && facts.failovers().isEmpty()) {
            return "no BCDR design: SSISDB and the IRs live in one region";
        }
        List<String> parts = new ArrayList<>();
        if (bcdr != null && bcdr.getFailoverGroup() != null) {
            parts.add("failover group " + bcdr.getFailoverGroup().getName());
        }
        if (bcdr != null && DesignNavigation.hasText(bcdr.getSecondaryRegion())) {
            parts.add("secondary region " + bcdr.getSecondaryRegion());
        }
        parts.add(Words.count(facts.failovers().size(), "failover scenario", "failover scenarios"));
        return String.join(", ", parts);
    }

    static void write(Xhtml doc, ReportFacts facts) {
        doc.section("bcdr", "Business continuity and disaster recovery");
        BcdrDesign bcdr = facts.plan().getBcdr();
        doc.paragraph(summary(facts) + ".");
        if (bcdr != null) {
            List<List<String>> roles = new ArrayList<>();
            if (bcdr.getPrimaryRuntime() != null) {
                roles.add(List.of("Primary IR", bcdr.getPrimaryRuntime().getName() + " in "
                        + Words.orDash(DesignNavigation.regionOf(bcdr.getPrimaryRuntime()))));
            }
            if (bcdr.getSecondaryRuntime() != null) {
                roles.add(List.of("Secondary IR", bcdr.getSecondaryRuntime().getName() + " in "
                        + Words.orDash(DesignNavigation.regionOf(bcdr.getSecondaryRuntime()))
                        + (bcdr.isKeepSecondaryRunning() ? ", kept running" : ", stopped until a failover")));
            }
            if (bcdr.getFailoverGroup() != null) {
                roles.add(List.of("Failover group", bcdr.getFailoverGroup().getName() + ": primary "
                        + name(bcdr.getFailoverGroup().getPrimary()) + ", secondary " + name(bcdr.getFailoverGroup().getSecondary())
                        + ", listener " + Words.orDash(bcdr.getFailoverGroup().getReadWriteListener())));
            }
            roles.add(List.of("Orchestration", Words.of(bcdr.getOrchestration())));
            doc.table(null, List.of("Role", "In this design"), roles);
        }
        if (!facts.failovers().isEmpty()) {
            doc.heading("Failover scenarios and expected recovery");
            List<List<String>> rows = new ArrayList<>();
            for (Failover failover : facts.failovers()) {
                rows.add(List.of(failover.scenario(), failover.title(), failover.runtime().getName(), Words.orDash(failover.newRegion()),
                        failover.script(), recovery(bcdr, failover)));
            }
            doc.table(null, List.of("Scenario", "What happens", "IR", "Moves to", "Kit script", "Expected recovery of the IR"), rows);
            doc.note("Times are the IR's start as Microsoft documents it: about 5 minutes without a virtual network or with express"
                    + " injection, 20-30 minutes with standard injection, plus up to 45 minutes of custom setup. The BCDR runbook in the"
                    + " deployment kit has the steps.");
        }
        doc.endSection();
    }

    /**
     * The listener scenario of SQL Database needs no restart; with a dual-standby pair whose secondary
     * is kept running, the secondary takes over as SSISDB fails over; otherwise the IR starts again.
     */
    private static String recovery(BcdrDesign bcdr, Failover failover) {
        if (failover.scenario().equals("sqldb-1")) {
            return "none: the IR follows the listener";
        }
        boolean runningPair = bcdr != null && bcdr.isKeepSecondaryRunning() && bcdr.getPrimaryRuntime() == failover.runtime()
                && bcdr.getSecondaryRuntime() != null && failover.runtime().getCatalog() != null
                && DesignNavigation.hasText(failover.runtime().getCatalog().getDualStandbyPairName());
        if (runningPair && !failover.attaches()) {
            return "near zero: the running secondary IR takes over";
        }
        boolean customSetup = failover.runtime().getCustomSetup() != null || !failover.runtime().getExpressSetups().isEmpty();
        return failover.expectedStart() + (customSetup ? " plus custom setup" : "");
    }

    private static String name(SqlHost host) {
        return host == null ? "–" : host.getName();
    }
}
