package org.liftshift.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.liftshift.model.estate.Package;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.AssessmentFinding;
import org.liftshift.model.plan.DesignChange;
import org.liftshift.model.plan.FindingStatus;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.IntegrationRuntimeEdition;
import org.liftshift.model.target.LicenseType;
import org.liftshift.model.target.TargetPackage;
import org.liftshift.validate.NodeSizes;
import org.liftshift.validate.PeakConcurrency;
import org.liftshift.validate.RuntimePlacement;

/**
 * The integration runtimes: node size and count, parallel executions per node, edition and licence,
 * with the capacity helper (the busiest minute of the jobs moving to the IR against nodes x per node)
 * and the quick fixes for capacity and for packages that need the Enterprise edition.
 */
final class RuntimePage extends DesignFormPage {

    static final String ID = "runtime"; //$NON-NLS-1$
    /** Nodes an Azure-SSIS IR may have without a support request. */
    static final int MAX_NODES = 10;

    private Map<AzureSsisIntegrationRuntime, PeakConcurrency.Peak> peaks;
    private int peaksRevision;

    RuntimePage(DesignEditor editor) {
        super(editor, ID, "Integration runtime"); //$NON-NLS-1$
    }

    @Override
    protected void createContent(ScrolledForm form, Composite body) {
        form.setText("Integration runtimes: size, edition and capacity"); //$NON-NLS-1$
        for (AzureSsisIntegrationRuntime runtime : DesignNavigation.runtimes(editor.plan())) {
            createSection(body, runtime);
        }
        Composite add = section(body, "New integration runtime", //$NON-NLS-1$
                "Added with the defaults of Window > Preferences > Liftshift: region, node size and naming convention.", 1); //$NON-NLS-1$
        Button addRuntime = toolkit.createButton(add, "Add an integration runtime", SWT.PUSH); //$NON-NLS-1$
        addRuntime.setData(DesignEditor.TEST_ID, "runtime.add"); //$NON-NLS-1$
        addRuntime.addListener(SWT.Selection, e -> execute(NewRuntimeCommand.create(editor.getEditingDomain(), editor.plan())));
    }

    @Override
    protected Object shape() {
        return DesignNavigation.runtimes(editor.plan());
    }

    private void createSection(Composite body, AzureSsisIntegrationRuntime runtime) {
        String id = runtime.getName();
        Composite client = section(body, runtime.getName(), "Region " + runtime.getRegion(), 3); //$NON-NLS-1$
        List<String> sizes = new ArrayList<>(NodeSizes.ALL);
        if (runtime.getNodeSize() != null && !sizes.contains(runtime.getNodeSize())) {
            sizes.add(runtime.getNodeSize());
        }
        label(client, "Node size:"); //$NON-NLS-1$
        choiceCombo(client, id + ".nodeSize", runtime, TargetPackage.Literals.AZURE_SSIS_INTEGRATION_RUNTIME__NODE_SIZE, sizes, //$NON-NLS-1$
                size -> size + NodeSizes.cores(size).map(c -> " (" + c + " cores)").orElse("")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        label(client, ""); //$NON-NLS-1$
        label(client, "Nodes:"); //$NON-NLS-1$
        spinner(client, id + ".nodeCount", runtime, TargetPackage.Literals.AZURE_SSIS_INTEGRATION_RUNTIME__NODE_COUNT, 1, MAX_NODES); //$NON-NLS-1$
        label(client, "1 to " + MAX_NODES + "; each node takes two addresses of the IR's subnet"); //$NON-NLS-1$ //$NON-NLS-2$
        label(client, "Parallel executions per node:"); //$NON-NLS-1$
        spinner(client, id + ".maxParallel", runtime, //$NON-NLS-1$
                TargetPackage.Literals.AZURE_SSIS_INTEGRATION_RUNTIME__MAX_PARALLEL_EXECUTIONS_PER_NODE, 1, 128);
        liveLabel(client, 1, id + ".maxParallelHint", () -> NodeSizes.maxParallelPerNode(runtime.getNodeSize()) //$NON-NLS-1$
                .map(max -> "up to " + max + " on " + runtime.getNodeSize() //$NON-NLS-1$ //$NON-NLS-2$
                        + (runtime.getMaxParallelExecutionsPerNode() > max ? ": more needs a support request" : "")) //$NON-NLS-1$ //$NON-NLS-2$
                .orElse("unknown node size")); //$NON-NLS-1$
        label(client, "Edition:"); //$NON-NLS-1$
        enumCombo(client, id + ".edition", runtime, TargetPackage.Literals.AZURE_SSIS_INTEGRATION_RUNTIME__EDITION, //$NON-NLS-1$
                IntegrationRuntimeEdition.VALUES);
        label(client, "Enterprise adds the premium components (CDC, Oracle, Teradata, fuzzy lookup, ...)"); //$NON-NLS-1$
        label(client, "Licence:"); //$NON-NLS-1$
        enumCombo(client, id + ".license", runtime, TargetPackage.Literals.AZURE_SSIS_INTEGRATION_RUNTIME__LICENSE_TYPE, //$NON-NLS-1$
                LicenseType.VALUES);
        label(client, "BasePrice: Azure Hybrid Benefit with your SQL Server licences"); //$NON-NLS-1$

        // quick-fix buttons get rows of their own: beside a wrapping text the form lays itself out again and again
        liveLabel(client, 3, id + ".capacity", () -> capacityText(runtime)); //$NON-NLS-1$
        Button sizeForPeak = toolkit.createButton(client, "Size for the peak", SWT.PUSH); //$NON-NLS-1$
        sizeForPeak.setData(DesignEditor.TEST_ID, id + ".sizeForPeak"); //$NON-NLS-1$
        sizeForPeak.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 3, 1));
        sizeForPeak.addListener(SWT.Selection, e -> {
            int nodes = nodesForPeak(runtime);
            if (nodes > runtime.getNodeCount()) {
                execute(SetCommand.create(editor.getEditingDomain(), runtime,
                        TargetPackage.Literals.AZURE_SSIS_INTEGRATION_RUNTIME__NODE_COUNT, Integer.valueOf(nodes)));
            }
        });
        onChange(() -> sizeForPeak.setEnabled(nodesForPeak(runtime) > runtime.getNodeCount()));
        sizeForPeak.setEnabled(nodesForPeak(runtime) > runtime.getNodeCount());

        liveLabel(client, 3, id + ".enterpriseNeeds", () -> enterpriseText(runtime)); //$NON-NLS-1$
        Button enterprise = toolkit.createButton(client, "Switch to Enterprise", SWT.PUSH); //$NON-NLS-1$
        enterprise.setData(DesignEditor.TEST_ID, id + ".switchToEnterprise"); //$NON-NLS-1$
        enterprise.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 3, 1));
        enterprise.addListener(SWT.Selection, e -> execute(SetCommand.create(editor.getEditingDomain(), runtime,
                TargetPackage.Literals.AZURE_SSIS_INTEGRATION_RUNTIME__EDITION, IntegrationRuntimeEdition.ENTERPRISE)));
        Runnable enableEnterprise = () -> enterprise.setEnabled(runtime.getEdition() != IntegrationRuntimeEdition.ENTERPRISE
                && !enterpriseFindings(runtime).isEmpty());
        enableEnterprise.run();
        onChange(enableEnterprise);

        problems(client, 3, id + ".problems", () -> List.of(runtime), "No sizing problem.", "OPS-2", "NET-6"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private String capacityText(AzureSsisIntegrationRuntime runtime) {
        int capacity = PeakConcurrency.capacity(runtime);
        PeakConcurrency.Peak peak = peaks().get(runtime);
        String runs = "Runs " + capacity + " packages at once (" + runtime.getNodeCount() + " nodes x " //$NON-NLS-1$ //$NON-NLS-2$
                + runtime.getMaxParallelExecutionsPerNode() + " per node). "; //$NON-NLS-1$
        if (peak == null) {
            return runs + "No scheduled SSIS job moves to this IR."; //$NON-NLS-1$
        }
        String when = peak.jobs() + " jobs start together at " + peak.time(); //$NON-NLS-1$
        return peak.jobs() <= capacity ? runs + "Peak: " + when + ", within capacity." //$NON-NLS-1$ //$NON-NLS-2$
                : runs + "Peak: " + when + ": " + (peak.jobs() - capacity) + " would wait. " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + (nodesForPeak(runtime) <= MAX_NODES ? nodesForPeak(runtime) + " nodes would run them all." //$NON-NLS-1$
                                : "Raise the executions per node or spread the schedules."); //$NON-NLS-1$
    }

    /**
     * The peaks of the design as it is now, computed once per change of the design rather than for every label
     * and button of every IR: each computation walks every Agent job.
     */
    private Map<AzureSsisIntegrationRuntime, PeakConcurrency.Peak> peaks() {
        if (peaks == null || peaksRevision != editor.revision()) {
            peaks = PeakConcurrency.of(editor.plan());
            peaksRevision = editor.revision();
        }
        return peaks;
    }

    /** The nodes that run the peak at the current executions per node, capped at {@link #MAX_NODES}. */
    private int nodesForPeak(AzureSsisIntegrationRuntime runtime) {
        PeakConcurrency.Peak peak = peaks().get(runtime);
        int perNode = Math.max(1, runtime.getMaxParallelExecutionsPerNode());
        if (peak == null) {
            return runtime.getNodeCount();
        }
        return Math.min(MAX_NODES, (peak.jobs() + perNode - 1) / perNode);
    }

    private List<AssessmentFinding> enterpriseFindings(AzureSsisIntegrationRuntime runtime) {
        List<AssessmentFinding> found = new ArrayList<>();
        for (AssessmentFinding finding : editor.plan().getFindings()) {
            if (finding.getSuggestedChange() == DesignChange.ENTERPRISE_EDITION && finding.getStatus() == FindingStatus.OPEN) {
                Package pkg = DesignNavigation.ancestor(finding.getSubject(), Package.class);
                if (pkg != null && RuntimePlacement.of(editor.plan(), pkg) == runtime) {
                    found.add(finding);
                }
            }
        }
        return found;
    }

    private String enterpriseText(AzureSsisIntegrationRuntime runtime) {
        List<AssessmentFinding> findings = enterpriseFindings(runtime);
        if (findings.isEmpty()) {
            return "No package moving to this IR needs the Enterprise edition."; //$NON-NLS-1$
        }
        String rules = String.join(", ", findings.stream().map(AssessmentFinding::getRuleId).distinct().sorted().toList()); //$NON-NLS-1$
        return findings.size() + " findings (" + rules + ") need Enterprise components" //$NON-NLS-1$ //$NON-NLS-2$
                + (runtime.getEdition() == IntegrationRuntimeEdition.ENTERPRISE ? "; the IR is Enterprise." : "; the IR is Standard."); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
