package org.liftshift.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.navigation.ObjectPaths;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.FailoverGroup;
import org.liftshift.model.target.NetworkSecurityGroup;
import org.liftshift.model.target.PublicIpAddress;
import org.liftshift.model.target.SelfHostedIntegrationRuntime;
import org.liftshift.model.target.SqlHost;
import org.liftshift.model.target.Subnet;
import org.liftshift.model.target.VNetInjectionMethod;
import org.liftshift.model.target.VirtualNetwork;
import org.liftshift.report.TopologyDiagram.Edge;
import org.liftshift.report.TopologyDiagram.Node;
import org.liftshift.report.TopologyDiagram.NodeKind;
import org.liftshift.samples.Samples;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class TopologyDiagramTest {

    @Test
    void everyNetworkElementOfTheSampleIsANodeOfTheSvg() throws Exception {
        MigrationPlan plan = Samples.CONTOSO.build();
        Document svg = parse(TopologyDiagram.of(plan).svg());

        Map<String, String> kindByPath = new HashMap<>();
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (group.getAttribute("class").equals("node") && group.hasAttribute("data-path")) {
                kindByPath.put(group.getAttribute("data-path"), group.getAttribute("data-kind"));
            }
        }
        List<EObject> elements = networkElements(plan);
        assertThat(elements).hasSizeGreaterThan(10)
                .hasAtLeastOneElementOfType(VirtualNetwork.class).hasAtLeastOneElementOfType(Subnet.class)
                .hasAtLeastOneElementOfType(NetworkSecurityGroup.class).hasAtLeastOneElementOfType(AzureSsisIntegrationRuntime.class)
                .hasAtLeastOneElementOfType(SqlHost.class).hasAtLeastOneElementOfType(FailoverGroup.class);
        for (EObject element : elements) {
            assertThat(kindByPath).as("node for %s", ObjectPaths.of(element)).containsKey(ObjectPaths.of(element));
        }
        assertThat(kindByPath).containsValues(NodeKind.SUBNET.name(),
                NodeKind.INTEGRATION_RUNTIME.name(), NodeKind.SQL_HOST.name(), NodeKind.FAILOVER_GROUP.name());
    }

    @Test
    void edgesCarryTheRequiredPorts() {
        MigrationPlan plan = Samples.CONTOSO.build();
        TopologyDiagram diagram = TopologyDiagram.of(plan);
        for (AzureSsisIntegrationRuntime runtime : DesignNavigation.runtimes(plan)) {
            Node ir = diagram.nodeOf(runtime).orElseThrow();
            List<String> labels = new ArrayList<>();
            for (Edge edge : diagram.edges()) {
                if (edge.source().equals(ir.id()) || edge.target().equals(ir.id())) {
                    labels.add(edge.label());
                }
            }
            assertThat(labels).as(runtime.getName()).anyMatch(l -> l.startsWith("SSISDB: TCP ") && (l.contains("1433") || l.contains("3342")));
            assertThat(ir.details()).as("nodes and injection of %s", runtime.getName()).contains(
                    runtime.getNodeCount() + " x " + runtime.getNodeSize() + ", " + runtime.getEdition().getLiteral());
            assertThat(String.join(" ", ir.details())).containsAnyOf("standard virtual network injection", "express virtual network injection",
                    "no virtual network");
            Node host = diagram.nodeOf(runtime.getCatalog().getHost()).orElseThrow();
            assertThat(String.join(" ", host.details())).as("endpoint of %s", host.title())
                    .contains(runtime.getCatalog().getEndpointKind().getName().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            if (runtime.getVnetInjection() != null && runtime.getVnetInjection().getSubnet() != null
                    && runtime.getVnetInjection().getMethod() == VNetInjectionMethod.STANDARD) {
                assertThat(labels).as(runtime.getName()).contains("TCP 29876-29877", "TCP 443");
            }
        }
    }

    @Test
    void childrenLieInsideTheirContainersAndEdgesHaveRoutes() {
        TopologyDiagram diagram = TopologyDiagram.of(Samples.CONTOSO.build());
        Map<String, Node> byId = new HashMap<>();
        diagram.nodes().forEach(n -> byId.put(n.id(), n));
        for (Node node : diagram.nodes()) {
            assertThat(node.width()).isPositive();
            if (node.parent() != null) {
                Node parent = byId.get(node.parent());
                assertThat(node.x()).as(node.title()).isGreaterThanOrEqualTo(parent.x());
                assertThat(node.y()).as(node.title()).isGreaterThanOrEqualTo(parent.y());
                assertThat(node.x() + node.width()).as(node.title()).isLessThanOrEqualTo(parent.x() + parent.width() + 0.1);
                assertThat(node.y() + node.height()).as(node.title()).isLessThanOrEqualTo(parent.y() + parent.height() + 0.1);
            }
            assertThat(node.x() + node.width()).isLessThanOrEqualTo(diagram.width() + 0.1);
        }
        assertThat(diagram.edges()).isNotEmpty().allSatisfy(e -> assertThat(e.points()).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void sameDesignGivesTheSameSvg() {
        assertThat(TopologyDiagram.of(Samples.CONTOSO.build()).svg()).isEqualTo(TopologyDiagram.of(Samples.CONTOSO.build()).svg());
    }

    @Test
    void hostileNamesRoundTripThroughTheSvg() throws Exception {
        MigrationPlan plan = Samples.CONTOSO.build();
        AzureSsisIntegrationRuntime runtime = DesignNavigation.runtimes(plan).get(0);
        String name = "ir</text><script>alert('x')</script>&amp; \"Ω\" 🚀 \u202Egnp";
        runtime.setName(name);
        Document svg = parse(TopologyDiagram.of(plan).svg());
        assertThat(svg.getElementsByTagName("script").getLength()).isZero();
        List<String> texts = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        assertThat(texts).contains("Azure-SSIS IR " + name);
    }

    static List<EObject> networkElements(MigrationPlan plan) {
        List<EObject> elements = new ArrayList<>();
        for (TreeIterator<EObject> it = plan.getTarget().eAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (object instanceof VirtualNetwork || object instanceof Subnet || object instanceof NetworkSecurityGroup
                    || object instanceof PublicIpAddress || object instanceof AzureSsisIntegrationRuntime || object instanceof SqlHost
                    || object instanceof FailoverGroup || object instanceof SelfHostedIntegrationRuntime) {
                elements.add(object);
            }
        }
        return elements;
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
