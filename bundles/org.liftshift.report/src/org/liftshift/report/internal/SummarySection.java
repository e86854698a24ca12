package org.liftshift.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.liftshift.model.compare.PlanChange;
import org.liftshift.model.navigation.AzureResources;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.FindingStatus;
import org.liftshift.model.plan.Severity;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.ManagedInstance;
import org.liftshift.model.target.SsisCatalogDesign;

/** The first page: what moves where, whether the design is ready, and what is left to decide. */
final class SummarySection {

    private SummarySection() {
    }

    static void write(Xhtml doc, ReportFacts facts) {
        doc.section("summary", "Executive summary");
        EstateCounts counts = EstateCounts.of(facts.plan().getEstate());
        List<AzureSsisIntegrationRuntime> runtimes = DesignNavigation.runtimes(facts.plan());
        Set<String> regions = new LinkedHashSet<>();
        runtimes.forEach(r -> regions.add(Words.orDash(DesignNavigation.regionOf(r))));
        doc.paragraph("This review covers the move of " + Words.count(counts.packages(), "SSIS package", "SSIS packages") + " in "
                + Words.count(counts.projects(), "project", "projects") + " from "
                + Words.count(counts.instances(), "on-premises SQL Server instance", "on-premises SQL Server instances") + " to "
                + Words.count(runtimes.size(), "Azure-SSIS integration runtime", "Azure-SSIS integration runtimes") + " in "
                + String.join(", ", regions) + ".");
        long errors = facts.validation().count(Diagnostic.ERROR);
        long warnings = facts.validation().count(Diagnostic.WARNING);
        long openErrorFindings = facts.findings().stream()
                .filter(f -> f.getSeverity() == Severity.ERROR && f.getStatus() == FindingStatus.OPEN).count();
        String readiness = errors == 0 && openErrorFindings == 0 ? "Ready to deploy: the design passes every design rule"
                + (warnings == 0 ? "." : " with " + Words.count(warnings, "warning", "warnings") + " to review.")
                : "Not ready to deploy: " + Words.count(errors, "design error", "design errors") + " and "
                        + Words.count(openErrorFindings, "open package error", "open package errors") + " to resolve first.";
        doc.element("p", errors == 0 && openErrorFindings == 0 ? "status ready" : "status blocked", readiness);

        List<List<String>> rows = new ArrayList<>();
        for (AzureSsisIntegrationRuntime runtime : runtimes) {
            rows.add(List.of("Integration runtime " + runtime.getName(), runtime.getNodeCount() + " x " + runtime.getNodeSize() + ", "
                    + runtime.getEdition().getLiteral() + " edition, " + Words.orDash(DesignNavigation.regionOf(runtime))
                    + ", " + injection(runtime)));
            SsisCatalogDesign catalog = runtime.getCatalog();
            if (catalog != null && catalog.getHost() != null) {
                rows.add(List.of("SSISDB of " + runtime.getName(), (catalog.getHost() instanceof ManagedInstance ? "SQL Managed Instance "
                        : "SQL Database server ") + catalog.getHost().getName() + ", " + Words.of(catalog.getEndpointKind())
                        + " endpoint " + AzureResources.catalogEndpoint(catalog) + ", " + authentication(catalog)));
            }
        }
        rows.add(List.of("Design validation", Words.count(errors, "error", "errors") + ", " + Words.count(warnings, "warning", "warnings")));
        rows.add(List.of("Package assessment", FindingsSection.countsBySeverity(facts.findings())));
        rows.add(List.of("Business continuity", BcdrSection.summary(facts)));
        if (facts.changes() != null) {
            rows.add(List.of("Changes since " + facts.reviewedName(), PlanChange.summary(facts.changes())));
        }
        doc.table("facts", List.of("Item", "Plan"), rows);
        doc.endSection();
    }

    static String injection(AzureSsisIntegrationRuntime runtime) {
        if (runtime.getVnetInjection() == null || runtime.getVnetInjection().getSubnet() == null) {
            return "no virtual network";
        }
        return Words.of(runtime.getVnetInjection().getMethod()) + " injection into "
                + DesignNavigation.networkOf(runtime.getVnetInjection().getSubnet()).getName() + "/"
                + runtime.getVnetInjection().getSubnet().getName();
    }

    static String authentication(SsisCatalogDesign catalog) {
        return switch (catalog.getAuthentication()) {
            case ENTRA_MANAGED_IDENTITY -> "Microsoft Entra authentication with the factory's managed identity";
            case SQL -> "SQL authentication as " + Words.orDash(catalog.getAdminUserName());
        };
    }
}
