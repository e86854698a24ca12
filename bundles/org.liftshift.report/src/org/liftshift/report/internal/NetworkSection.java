package org.liftshift.report.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.liftshift.model.target.NetworkSecurityGroup;
import org.liftshift.model.target.SecurityRule;
import org.liftshift.model.target.Subnet;
import org.liftshift.validate.NetworkRequirements;
import org.liftshift.validate.NetworkRequirements.RequiredRule;

/** The topology diagram, the NSG rules as designed, and the rules the design needs. */
final class NetworkSection {

    private NetworkSection() {
    }

    static void write(Xhtml doc, ReportFacts facts) {
        doc.section("topology", "Topology");
        doc.paragraph("Regions, virtual networks and subnets with their prefixes, the integration runtimes, SSISDB hosts and their"
                + " endpoints, failover groups, self-hosted IRs and on-premises sources. Edges carry the ports the traffic needs.");
        doc.open("div", "diagram");
        doc.raw(TopologySvg.write(facts.topology(), ReviewDocument.DIAGRAM_MAX_WIDTH, ReviewDocument.DIAGRAM_MAX_HEIGHT));
        doc.close("div");
        doc.endSection();

        doc.section("network", "Network security");
        List<NetworkSecurityGroup> groups = new ArrayList<>();
        List<Subnet> subnets = new ArrayList<>();
        if (facts.plan().getTarget() != null) {
            for (TreeIterator<EObject> it = facts.plan().getTarget().eAllContents(); it.hasNext();) {
                EObject object = it.next();
                if (object instanceof NetworkSecurityGroup nsg) {
                    groups.add(nsg);
                } else if (object instanceof Subnet subnet) {
                    subnets.add(subnet);
                }
            }
        }
        for (NetworkSecurityGroup nsg : groups) {
            List<String> attached = subnets.stream().filter(s -> s.getNetworkSecurityGroup() == nsg).map(Subnet::getName).toList();
            doc.heading("NSG " + nsg.getName() + (attached.isEmpty() ? " (not attached)" : " on " + String.join(", ", attached)));
            List<List<String>> rows = new ArrayList<>();
            for (SecurityRule rule : nsg.getRules()) {
                rows.add(List.of(String.valueOf(rule.getPriority()), rule.getName(), rule.getDirection().getLiteral(),
                        rule.getAccess().getLiteral(), rule.getProtocol().getLiteral(), Words.orDash(rule.getSourceAddressPrefix()),
                        Words.orDash(rule.getSourcePortRange()), Words.orDash(rule.getDestinationAddressPrefix()),
                        String.join(", ", rule.getDestinationPortRanges()), Words.orDash(rule.getDescription())));
            }
            doc.table("rules", List.of("Priority", "Name", "Direction", "Access", "Protocol", "Source", "Source ports", "Destination",
                    "Destination ports", "Purpose"), rows);
        }
        if (groups.isEmpty()) {
            doc.paragraph("The design has no network security group.");
        }
        doc.heading("Rules the design needs");
        List<List<String>> required = new ArrayList<>();
        for (RequiredRule rule : NetworkRequirements.of(facts.plan())) {
            required.add(List.of(rule.subnet().getName(), Words.of(rule.direction()), rule.source(), rule.destination(),
                    "TCP " + rule.ports(), rule.rule().id(), rule.purpose(),
                    NetworkRequirements.isAllowed(rule) ? "allowed" : "missing"));
        }
        if (required.isEmpty()) {
            doc.paragraph("No subnet of the design needs a rule: no integration runtime joins a virtual network.");
        } else {
            doc.note("Derived from the design's choices, as the validator checks them (NET-10, EP-1, EP-3, EP-4) and the deployment"
                    + " kit's network script creates them; a missing one is listed under open validation problems.");
            doc.table("rules", List.of("Subnet", "Direction", "Source", "Destination", "Ports", "Rule", "Purpose", "NSGs today"), required);
        }
        doc.endSection();
    }
}
