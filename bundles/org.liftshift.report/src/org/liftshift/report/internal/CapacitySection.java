package org.liftshift.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.Subnet;
import org.liftshift.validate.NetworkRequirements;
import org.liftshift.validate.NodeSizes;
import org.liftshift.validate.PeakConcurrency;
import org.liftshift.validate.PeakConcurrency.Peak;

/** Whether each IR is big enough for the schedules moving to it, and its subnet big enough for its nodes. */
final class CapacitySection {

    private CapacitySection() {
    }

    static void write(Xhtml doc, ReportFacts facts) {
        doc.section("capacity", "Capacity and sizing");
        doc.paragraph("An IR runs nodes x parallel executions per node packages at once. The peak is the busiest minute of the"
                + " imported Agent schedules of the jobs moving to the IR; each IR node takes two addresses of its subnet.");
        List<List<String>> rows = new ArrayList<>();
        for (AzureSsisIntegrationRuntime runtime : DesignNavigation.runtimes(facts.plan())) {
            int capacity = PeakConcurrency.capacity(runtime);
            Peak peak = facts.peaks().get(runtime);
            String cores = NodeSizes.cores(runtime.getNodeSize()).map(String::valueOf).orElse("unknown size");
            String allowed = NodeSizes.maxParallelPerNode(runtime.getNodeSize()).map(String::valueOf).orElse("–");
            String peakText = peak == null ? "no scheduled SSIS job" : peak.jobs() + " at " + peak.time();
            String verdict = peak == null ? "–" : peak.jobs() <= capacity ? "fits (" + (capacity - peak.jobs()) + " spare)"
                    : "too small by " + (peak.jobs() - capacity);
            rows.add(List.of(runtime.getName(), runtime.getNodeSize(), cores, String.valueOf(runtime.getNodeCount()),
                    runtime.getMaxParallelExecutionsPerNode() + " (max " + allowed + ")", String.valueOf(capacity), peakText, verdict,
                    addresses(runtime)));
        }
        doc.table("numbers", List.of("IR", "Node size", "Cores per node", "Nodes", "Parallel per node", "Packages at once",
                "Peak of schedules", "Verdict", "Subnet addresses"), rows);
        doc.endSection();
    }

    private static String addresses(AzureSsisIntegrationRuntime runtime) {
        Subnet subnet = runtime.getVnetInjection() == null ? null : runtime.getVnetInjection().getSubnet();
        if (subnet == null) {
            return "no subnet";
        }
        OptionalLong free = NetworkRequirements.freeAddresses(subnet);
        return NetworkRequirements.addressesNeeded(runtime) + " needed, "
                + (free.isPresent() ? free.getAsLong() + " free in " + subnet.getAddressPrefix() : "prefix not valid");
    }
}
