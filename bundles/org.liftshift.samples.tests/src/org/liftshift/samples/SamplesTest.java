package org.liftshift.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.liftshift.model.estate.AgentJob;
import org.liftshift.model.estate.Project;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.plan.OrchestrationKind;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.CatalogEndpointKind;
import org.liftshift.model.target.ManagedInstance;
import org.liftshift.model.target.SqlDatabaseServer;
import org.liftshift.model.target.SsisDbAuthentication;
import org.liftshift.validate.DesignRule;
import org.liftshift.validate.DesignValidation;

class SamplesTest {

    private final DesignValidation validation = DesignValidation.withDesignRules();

    @Test
    void theBundledFilesAreWhatTheBuildersWrite() throws Exception {
        Path regenerated = Path.of(System.getProperty("liftshift.build.dir", "target"), "samples");
        Files.createDirectories(regenerated);
        for (Samples sample : Samples.values()) {
            sample.write(regenerated.resolve(sample.fileName()));
        }
        for (Samples sample : Samples.values()) {
            Path file = regenerated.resolve(sample.fileName());
            assertThat(Files.readAllBytes(file))
                    .as("%s is out of date: copy %s to bundles/org.liftshift.samples/samples/", sample.fileName(), file)
                    .isEqualTo(sample.bundledContent());
        }
    }

    @Test
    void writingTwiceGivesTheSameBytes() throws Exception {
        Path first = Files.createTempFile("contoso-a", ".liftshift");
        Path second = Files.createTempFile("contoso-b", ".liftshift");
        Samples.CONTOSO.write(first);
        Samples.CONTOSO.write(second);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void contosoIsValidWithoutWarnings() throws Exception {
        Diagnostic result = validation.validate(Samples.CONTOSO.loadBundled());

        assertThat(result.getChildren()).extracting(Diagnostic::getMessage).isEmpty();
    }

    @Test
    void contosoHasTheEstateAndTopologiesItPromises() throws Exception {
        MigrationPlan plan = Samples.CONTOSO.loadBundled();

        List<Project> projects = plan.getEstate().getInstances().get(0).getCatalog().getFolders().stream()
                .flatMap(f -> f.getProjects().stream()).toList();
        assertThat(projects).hasSizeGreaterThanOrEqualTo(3);
        assertThat(projects.stream().mapToInt(p -> p.getPackages().size()).sum()).isGreaterThanOrEqualTo(20);
        List<AgentJob> jobs = plan.getEstate().getInstances().get(0).getJobs();
        assertThat(jobs).hasSizeGreaterThanOrEqualTo(10).allMatch(job -> !job.getSchedules().isEmpty());

        List<AzureSsisIntegrationRuntime> runtimes = all(plan, AzureSsisIntegrationRuntime.class);
        assertThat(runtimes).anyMatch(ir -> ir.getCatalog().getHost() instanceof ManagedInstance
                && ir.getCatalog().getEndpointKind() == CatalogEndpointKind.PRIVATE && ir.getVnetInjection() != null
                && ir.getCatalog().getAuthentication() == SsisDbAuthentication.ENTRA_MANAGED_IDENTITY
                && ir.getCatalog().getDualStandbyPairName() != null);
        assertThat(runtimes).anyMatch(ir -> ir.getCatalog().getEndpointKind() == CatalogEndpointKind.PUBLIC
                && ir.getVnetInjection() == null && ir.getCatalog().getAuthentication() == SsisDbAuthentication.SQL);
        assertThat(runtimes).anyMatch(ir -> ir.getCatalog().getHost() instanceof SqlDatabaseServer
                && ir.getCatalog().getEndpointKind() == CatalogEndpointKind.FAILOVER_GROUP_LISTENER
                && ir.getVnetInjection().getPublicIps().size() == 2 && ir.getCustomSetup() != null
                && ir.getDataProxy() != null);
        assertThat(plan.getBcdr().getFailoverGroup()).isNotNull();
        assertThat(plan.getOrchestrations()).extracting(o -> o.getKind())
                .contains(OrchestrationKind.MI_AGENT_JOB, OrchestrationKind.ADF_PIPELINE);
        assertThat(plan.getDecisions()).allMatch(d -> d.getRationale() != null && !d.getRationale().isBlank());
    }

    @Test
    void theViolationsSampleBreaksEveryRule() throws Exception {
        Diagnostic result = validation.validate(Samples.CONTOSO_VIOLATIONS.loadBundled());

        Set<DesignRule> broken = EnumSet.noneOf(DesignRule.class);
        for (Diagnostic child : result.getChildren()) {
            DesignRule.byCode(child.getCode()).filter(r -> DesignRule.SOURCE.equals(child.getSource())).ifPresent(broken::add);
        }
        assertThat(broken).containsExactlyInAnyOrder(DesignRule.values());
        assertThat(result.getSeverity()).isEqualTo(Diagnostic.ERROR);
    }

    @Test
    void noSampleCarriesASensitiveValue() throws Exception {
        for (Samples sample : Samples.values()) {
            String content = new String(sample.bundledContent(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(content).doesNotContainIgnoringCase("password=").doesNotContain("sig=").doesNotContain("AccountKey");
        }
    }

    private static <T> List<T> all(MigrationPlan plan, Class<T> type) {
        List<T> found = new java.util.ArrayList<>();
        plan.eAllContents().forEachRemaining(object -> {
            if (type.isInstance(object)) {
                found.add(type.cast(object));
            }
        });
        return found;
    }
}
