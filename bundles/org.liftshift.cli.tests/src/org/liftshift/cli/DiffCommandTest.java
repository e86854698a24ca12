package org.liftshift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liftshift.model.compare.PlanChange;
import org.liftshift.model.compare.PlanChange.Kind;
import org.liftshift.model.compare.PlanDiff;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.navigation.ObjectPaths;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.NetworkSecurityGroup;
import org.liftshift.model.target.SecurityRule;
import org.liftshift.model.target.SecurityRuleAccess;
import org.liftshift.model.target.SecurityRuleDirection;
import org.liftshift.model.target.SecurityRuleProtocol;
import org.liftshift.model.target.Subnet;
import org.liftshift.model.target.TargetFactory;
import org.liftshift.model.target.VirtualNetwork;
import org.liftshift.samples.Samples;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code liftshift diff} and the plan diff behind it, on the Contoso sample and a copy changed in every
 * way a design changes: a value, a list of values, a reference, a rename, an object added, an object
 * removed, a single-valued part removed, and a hostile Unicode name.
 */
class DiffCommandTest {

    private static final String HOSTILE = "Финансы ∆ <b>&\"' \uD83D\uDE80 \u202Eevil";

    @TempDir
    Path dir;

    private CliRun cli;
    private MigrationPlan before;

    @BeforeEach
    void writeTheSample() throws Exception {
        cli = new CliRun(dir);
        Samples.CONTOSO.write(dir.resolve("old.liftshift"));
        before = MigrationFiles.load(dir.resolve("old.liftshift"));
    }

    @Test
    void theSameDesignHasNoChanges() throws Exception {
        Samples.CONTOSO.write(dir.resolve("same.liftshift"));

        assertThat(cli.run("diff", "old.liftshift", "same.liftshift")).isEqualTo(ExitCodes.OK);
        assertThat(cli.stdout()).isEqualTo("old.liftshift -> same.liftshift: no changes\n");
    }

    @Test
    void everyKindOfChangeIsListedWithItsPathAndValues() throws Exception {
        MigrationPlan after = MigrationFiles.load(dir.resolve("old.liftshift"));
        AzureSsisIntegrationRuntime runtime = DesignNavigation.runtimes(after).get(0);
        Subnet subnet = runtime.getVnetInjection().getSubnet();
        VirtualNetwork network = DesignNavigation.networkOf(subnet);
        NetworkSecurityGroup nsg = subnet.getNetworkSecurityGroup();
        Subnet other = otherSubnet(after, subnet);
        String oldSubnetPath = ObjectPaths.of(subnet);
        String otherOldName = other.getName();
        String bcdrPath = ObjectPaths.of(after.getBcdr());
        String bcdrLabel = ObjectPaths.label(after.getBcdr());
        SecurityRule removedRule = nsg.getRules().get(0);
        String removedPath = ObjectPaths.of(removedRule);
        int nodes = runtime.getNodeCount();
        String spaces = String.join(", ", network.getAddressSpaces());

        runtime.setNodeCount(nodes + 2);
        network.getAddressSpaces().add("10.99.0.0/16");
        runtime.getVnetInjection().setSubnet(other);
        other.setName(HOSTILE);
        nsg.getRules().remove(removedRule);
        SecurityRule added = TargetFactory.eINSTANCE.createSecurityRule();
        added.setName("allow-sftp");
        added.setPriority(300);
        added.setDirection(SecurityRuleDirection.OUTBOUND);
        added.setAccess(SecurityRuleAccess.ALLOW);
        added.setProtocol(SecurityRuleProtocol.TCP);
        added.getDestinationPortRanges().add("22");
        nsg.getRules().add(added);
        after.setBcdr(null);
        MigrationFiles.save(after, dir.resolve("new.liftshift"));

        List<PlanChange> changes = PlanDiff.between(before, MigrationFiles.load(dir.resolve("new.liftshift")));
        String runtimePath = ObjectPaths.of(runtime);
        String renamedPath = ObjectPaths.of(other);
        assertThat(changes).extracting(PlanChange::kind, PlanChange::path, PlanChange::feature, PlanChange::oldValue, PlanChange::newValue)
                .containsExactlyInAnyOrder(
                        tuple(Kind.CHANGED, runtimePath, "nodeCount", Integer.toString(nodes), Integer.toString(nodes + 2)),
                        tuple(Kind.CHANGED, ObjectPaths.of(network), "addressSpaces", spaces, spaces + ", 10.99.0.0/16"),
                        tuple(Kind.CHANGED, ObjectPaths.of(runtime.getVnetInjection()), "subnet", oldSubnetPath, renamedPath),
                        tuple(Kind.CHANGED, renamedPath, "name", otherOldName, HOSTILE),
                        tuple(Kind.REMOVED, removedPath, null, "SecurityRule '" + removedRule.getName() + "'", null),
                        tuple(Kind.ADDED, ObjectPaths.of(added), null, null, "SecurityRule 'allow-sftp'"),
                        tuple(Kind.REMOVED, bcdrPath, null, bcdrLabel, null));
        assertThat(PlanDiff.between(before, MigrationFiles.load(dir.resolve("new.liftshift"))))
                .as("the same input gives the same list").isEqualTo(changes);

        assertThat(cli.run("diff", "old.liftshift", "new.liftshift")).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(cli.stdout()).startsWith("old.liftshift -> new.liftshift: 1 added, 2 removed, 4 changed\n")
                .contains("~ " + runtimePath + " .nodeCount: \"" + nodes + "\" -> \"" + (nodes + 2) + "\"")
                .contains("+ " + ObjectPaths.of(added) + "  (SecurityRule 'allow-sftp')")
                .contains("- " + bcdrPath + "  (" + bcdrLabel + ")");
    }

    @Test
    void jsonAndHtmlCarryEveryChangeAndHostileNamesRoundTrip() throws Exception {
        MigrationPlan after = MigrationFiles.load(dir.resolve("old.liftshift"));
        Subnet subnet = DesignNavigation.runtimes(after).get(0).getVnetInjection().getSubnet();
        String oldName = subnet.getName();
        subnet.setName(HOSTILE);
        MigrationFiles.save(after, dir.resolve("new.liftshift"));

        assertThat(cli.run("diff", "old.liftshift", "new.liftshift", "--format", "json")).isEqualTo(ExitCodes.PROBLEMS);
        Map<String, Object> json = cli.json();
        assertThat(json).containsEntry("changed", 1).containsEntry("added", 0).containsEntry("removed", 0);
        Map<String, Object> change = CliRun.list(json.get("changes")).get(0);
        assertThat(change).containsEntry("kind", "changed").containsEntry("feature", "name").containsEntry("old", oldName)
                .containsEntry("new", HOSTILE).containsEntry("type", "Subnet");

        assertThat(cli.run("diff", "old.liftshift", "new.liftshift", "--format", "html")).isEqualTo(ExitCodes.PROBLEMS);
        Document html = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(cli.stdout().replace("<!DOCTYPE html>", "").getBytes(StandardCharsets.UTF_8)));
        NodeList rows = html.getElementsByTagName("tr");
        assertThat(rows.getLength()).as("a header and one change").isEqualTo(2);
        Element row = (Element) rows.item(1);
        assertThat(row.getAttribute("class")).isEqualTo("changed");
        List<String> cells = new ArrayList<>();
        NodeList tds = row.getElementsByTagName("td");
        for (int i = 0; i < tds.getLength(); i++) {
            cells.add(tds.item(i).getTextContent());
        }
        assertThat(cells.get(3)).isEqualTo("name");
        assertThat(cells.get(4)).isEqualTo(oldName);
        assertThat(cells.get(5)).isEqualTo(HOSTILE);
        assertThat(html.getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void wrongArgumentsAndUnreadableFilesAreUsageErrors() throws Exception {
        assertThat(cli.run("diff", "old.liftshift")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.stderr()).contains("give the old and the new design");
        assertThat(cli.run("diff", "old.liftshift", "old.liftshift", "--format", "pdf")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.stderr()).contains("unknown format 'pdf'");
        assertThat(cli.run("diff", "old.liftshift", "missing.liftshift")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.stderr()).contains("missing.liftshift");
        assertThat(cli.stdout()).isEmpty();
    }

    private static Subnet otherSubnet(MigrationPlan plan, Subnet not) {
        List<Subnet> subnets = new ArrayList<>();
        plan.getTarget().eAllContents().forEachRemaining((EObject o) -> {
            if (o instanceof Subnet s && s != not) {
                subnets.add(s);
            }
        });
        return subnets.get(0);
    }
}
