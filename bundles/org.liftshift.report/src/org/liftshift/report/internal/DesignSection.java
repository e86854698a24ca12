package org.liftshift.report.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.liftshift.model.navigation.AzureResources;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.navigation.ObjectPaths;
import org.liftshift.model.plan.DesignDecision;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.ManagedInstance;
import org.liftshift.model.target.SsisCatalogDesign;

/** The target design: runtimes, SSISDB, and every design decision with its rationale. */
final class DesignSection {

    private DesignSection() {
    }

    static void write(Xhtml doc, ReportFacts facts) {
        doc.section("design", "Target design");
        List<List<String>> runtimes = new ArrayList<>();
        List<List<String>> catalogs = new ArrayList<>();
        for (AzureSsisIntegrationRuntime runtime : DesignNavigation.runtimes(facts.plan())) {
            runtimes.add(List.of(runtime.getName(), DesignNavigation.factoryOf(runtime).getName(),
                    Words.orDash(DesignNavigation.regionOf(runtime)), runtime.getNodeSize(), String.valueOf(runtime.getNodeCount()),
                    String.valueOf(runtime.getMaxParallelExecutionsPerNode()), runtime.getEdition().getLiteral(),
                    runtime.getLicenseType().getLiteral(), SummarySection.injection(runtime), customSetup(runtime), proxy(runtime)));
            SsisCatalogDesign catalog = runtime.getCatalog();
            if (catalog != null && catalog.getHost() != null) {
                catalogs.add(List.of(runtime.getName(), catalog.getHost().getName(),
                        catalog.getHost() instanceof ManagedInstance ? "SQL Managed Instance" : "SQL Database",
                        Words.of(catalog.getEndpointKind()), AzureResources.catalogEndpoint(catalog),
                        catalog.getHost() instanceof ManagedInstance ? "–" : catalog.getPricingTier().getLiteral(),
                        SummarySection.authentication(catalog),
                        catalog.getFailoverGroup() == null ? "–" : catalog.getFailoverGroup().getName()));
            }
        }
        doc.heading("Integration runtimes");
        doc.table(null, List.of("IR", "Data factory", "Region", "Node size", "Nodes", "Parallel per node", "Edition", "License",
                "Virtual network", "Custom setup", "Data proxy"), runtimes);
        doc.heading("SSISDB");
        doc.table(null, List.of("IR", "Host", "Kind", "Endpoint", "Address", "Tier", "Authentication", "Failover group"), catalogs);
        doc.heading("Design decisions");
        if (facts.plan().getDecisions().isEmpty()) {
            doc.paragraph("No design decision is recorded yet.");
        }
        for (DesignDecision decision : facts.plan().getDecisions()) {
            doc.open("div", "decision");
            doc.element("h4", null, decision.getTitle() + " (" + Words.of(decision.getArea()) + ")");
            List<String[]> terms = new ArrayList<>();
            terms.add(new String[] { "Decision", Words.orDash(decision.getDecision()) });
            terms.add(new String[] { "Rationale", Words.orDash(decision.getRationale()) });
            if (DesignNavigation.hasText(decision.getAlternatives())) {
                terms.add(new String[] { "Alternatives considered", decision.getAlternatives() });
            }
            if (!decision.getRuleIds().isEmpty()) {
                terms.add(new String[] { "Rules", String.join(", ", decision.getRuleIds()) });
            }
            if (!decision.getSubjects().isEmpty()) {
                List<String> subjects = new ArrayList<>();
                for (EObject subject : decision.getSubjects()) {
                    subjects.add(ObjectPaths.label(subject));
                }
                terms.add(new String[] { "Applies to", String.join(", ", subjects) });
            }
            doc.definitions(terms);
            doc.close("div");
        }
        doc.endSection();
    }

    private static String customSetup(AzureSsisIntegrationRuntime runtime) {
        List<String> parts = new ArrayList<>();
        if (runtime.getCustomSetup() != null) {
            // the container's SAS URI is a secret: the report says only that there is one
            parts.add("script container");
        }
        if (!runtime.getExpressSetups().isEmpty()) {
            parts.add(Words.count(runtime.getExpressSetups().size(), "express setup", "express setups"));
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private static String proxy(AzureSsisIntegrationRuntime runtime) {
        return runtime.getDataProxy() == null || runtime.getDataProxy().getSelfHostedRuntime() == null ? "none"
                : "self-hosted IR " + runtime.getDataProxy().getSelfHostedRuntime().getName();
    }
}
