package org.liftshift.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.liftshift.model.target.IntegrationRuntimeEdition;
import org.liftshift.model.target.SecurityRule;
import org.liftshift.model.target.Subnet;

/** Incremental validation gives, after every kind of edit, exactly what a full validation gives. */
class IncrementalValidationTest {

    private final Baseline design = new Baseline();
    private final IncrementalValidation incremental = new IncrementalValidation(design.plan);

    @Test
    void attributeEditsAddsRemovalsAndReferenceChangesAllMatchAFullValidation() {
        assertSameAsFull("the baseline");

        design.mi.setPublicEndpointEnabled(false);
        assertSameAsFull("a flag set");
        design.ir.setName(null);
        assertSameAsFull("a required attribute cleared");
        assertThat(texts(incremental.diagnostics())).anyMatch(t -> t.contains("name"));
        design.ir.setName("ir-ssis-weu");
        design.ir.setEdition(IntegrationRuntimeEdition.STANDARD);
        design.ir.setNodeCount(3);
        assertSameAsFull("several attributes at once");

        Subnet extra = Baseline.T.createSubnet();
        extra.setName("snet-extra");
        design.network.getSubnets().add(extra);
        assertSameAsFull("a subnet added without its prefix");

        SecurityRule batch = design.irNsg.getRules().get(0);
        design.irNsg.getRules().remove(batch);
        assertSameAsFull("an NSG rule removed");

        design.ir.getVnetInjection().setSubnet(extra);
        assertSameAsFull("a reference moved to the new subnet");

        EcoreUtil.delete(extra);
        assertSameAsFull("the subnet deleted while referenced");
    }

    @Test
    void estateEditsAndAdditionsReachTheDesignRules() {
        org.liftshift.model.estate.ConnectionManager windows = Baseline.E.createConnectionManager();
        windows.setName("Windows login");
        windows.setAuthentication(org.liftshift.model.estate.AuthenticationKind.WINDOWS);
        windows.setServer("db.contoso.local");
        design.project.getConnectionManagers().add(windows);
        assertSameAsFull("a connection manager added to the estate");

        org.liftshift.model.estate.AgentJob job = EcoreUtil.copy(design.job);
        job.setName("Copy of the nightly job");
        design.instance.getJobs().add(job);
        assertSameAsFull("an Agent job added to the estate");

        design.connection.setAuthentication(org.liftshift.model.estate.AuthenticationKind.WINDOWS);
        assertSameAsFull("a connection manager switched to Windows authentication");
    }

    @Test
    void changesOutsideThePlanAndTouchesChangeNothing() {
        List<String> before = texts(incremental.diagnostics());
        Subnet detached = Baseline.T.createSubnet();
        detached.setName("not in the plan");
        design.mi.setPublicEndpointEnabled(design.mi.isPublicEndpointEnabled());
        incremental.update();

        assertThat(texts(incremental.diagnostics())).isEqualTo(before);
    }

    @Test
    void afterDisposeEditsAreNoLongerFollowed() {
        incremental.dispose();
        design.ir.setName(null);
        incremental.update();

        assertThat(texts(incremental.diagnostics())).noneMatch(t -> t.contains("'name' of 'AzureSsisIntegrationRuntime'"));
    }

    private void assertSameAsFull(String after) {
        incremental.update();
        List<Diagnostic> full = new ArrayList<>();
        leaves(DesignValidation.withDesignRules().validate(design.plan), full);
        assertThat(texts(incremental.diagnostics())).as("after %s", after).containsExactlyInAnyOrderElementsOf(texts(full));
    }

    private static void leaves(Diagnostic diagnostic, List<Diagnostic> found) {
        for (Diagnostic child : diagnostic.getChildren()) {
            if (child.getChildren().isEmpty()) {
                found.add(child);
            } else {
                leaves(child, found);
            }
        }
    }

    private static List<String> texts(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.getSeverity() + " " + d.getSource() + " " + d.getCode() + " " + d.getMessage()).toList();
    }
}
