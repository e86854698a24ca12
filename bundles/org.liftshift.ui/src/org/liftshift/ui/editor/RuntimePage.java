package org.liftshift.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;
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
        super(editor, ID, Messages.Runtime_integrationRuntime);
    }

    @Override
    protected void createContent(ScrolledForm form, Composite body) {
        form.setText(Messages.Runtime_integrationRuntimesSizeEditionAnd);
        for (AzureSsisIntegrationRuntime runtime : DesignNavigation.runtimes(editor.plan())) {
            createSection(body, runtime);
        }
        Composite add = section(body, Messages.Runtime_newIntegrationRuntime,
                Messages.Runtime_addedWithTheDefaultsOf, 1);
        Button addRuntime = toolkit.createButton(add, Messages.Runtime_addAnIntegrationRuntime, SWT.PUSH);
        addRuntime.setData(DesignEditor.TEST_ID, "runtime.add"); //$NON-NLS-1$
        addRuntime.addListener(SWT.Selection, e -> execute(NewRuntimeCommand.create(editor.getEditingDomain(), editor.plan())));
    }

    @Override
    protected Object shape() {
        return DesignNavigation.runtimes(editor.plan());
    }

    private void createSection(Composite body, AzureSsisIntegrationRuntime runtime) {
        String id = runtime.getName();
        Composite client = section(body, runtime.getName(), NLS.bind(Messages.Runtime_region, runtime.getRegion()), 3);
        List<String> sizes = new ArrayList<>(NodeSizes.ALL);
        if (runtime.getNodeSize() != null && !sizes.contains(runtime.getNodeSize())) {
            sizes.add(runtime.getNodeSize());
        }
        label(client, Messages.Runtime_nodeSize);
        choiceCombo(client, id + ".nodeSize", runtime, TargetPackage.Literals.AZURE_SSIS_INTEGRATION_RUNTIME__NODE_SIZE, sizes, //$NON-NLS-1$
                size -> NodeSizes.cores(size).map(c -> NLS.bind(Messages.Runtime_nodeSizeCores, size, c)).orElse(size));
        label(client, ""); //$NON-NLS-1$
        label(client, Messages.Runtime_nodes);
        spinner(client, id + ".nodeCount", runtime, TargetPackage.Literals.AZURE_SSIS_INTEGRATION_RUNTIME__NODE_COUNT, 1, MAX_NODES); //$NON-NLS-1$
        label(client, NLS.bind(Messages.Runtime_nodesHint, MAX_NODES));
        label(client, Messages.Runtime_parallelExecutionsPerNode);
        spinner(client, id + ".maxParallel", runtime, //$NON-NLS-1$
                TargetPackage.Literals.AZURE_SSIS_INTEGRATION_RUNTIME__MAX_PARALLEL_EXECUTIONS_PER_NODE, 1, 128);
        liveLabel(client, 1, id + ".maxParallelHint", () -> NodeSizes.maxParallelPerNode(runtime.getNodeSize()) //$NON-NLS-1$
                .map(max -> NLS.bind(runtime.getMaxParallelExecutionsPerNode() > max ? Messages.Runtime_maxParallelExceeded
                        : Messages.Runtime_maxParallel, max, runtime.getNodeSize()))
                .orElse(Messages.Runtime_unknownNodeSize));
        label(client, Messages.Runtime_edition);
        enumCombo(client, id + ".edition", runtime, TargetPackage.Literals.AZURE_SSIS_INTEGRATION_RUNTIME__EDITION, //$NON-NLS-1$
                IntegrationRuntimeEdition.VALUES);
        label(client, Messages.Runtime_enterpriseAddsThePremiumComponents);
        label(client, Messages.Runtime_licence);
        enumCombo(client, id + ".license", runtime, TargetPackage.Literals.AZURE_SSIS_INTEGRATION_RUNTIME__LICENSE_TYPE, //$NON-NLS-1$
                LicenseType.VALUES);
        label(client, Messages.Runtime_basepriceAzureHybridBenefitWith);

        // quick-fix buttons get rows of their own: beside a wrapping text the form lays itself out again and again
        liveLabel(client, 3, id + ".capacity", () -> capacityText(runtime)); //$NON-NLS-1$
        Button sizeForPeak = toolkit.createButton(client, Messages.Runtime_sizeForThePeak, SWT.PUSH);
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
        Button enterprise = toolkit.createButton(client, Messages.Runtime_switchToEnterprise, SWT.PUSH);
        enterprise.setData(DesignEditor.TEST_ID, id + ".switchToEnterprise"); //$NON-NLS-1$
        enterprise.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 3, 1));
        enterprise.addListener(SWT.Selection, e -> execute(SetCommand.create(editor.getEditingDomain(), runtime,
                TargetPackage.Literals.AZURE_SSIS_INTEGRATION_RUNTIME__EDITION, IntegrationRuntimeEdition.ENTERPRISE)));
        Runnable enableEnterprise = () -> enterprise.setEnabled(runtime.getEdition() != IntegrationRuntimeEdition.ENTERPRISE
                && !enterpriseFindings(runtime).isEmpty());
        enableEnterprise.run();
        onChange(enableEnterprise);

        problems(client, 3, id + ".problems", () -> List.of(runtime), Messages.Runtime_noSizingProblem, "OPS-2", "NET-6"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private String capacityText(AzureSsisIntegrationRuntime runtime) {
        int capacity = PeakConcurrency.capacity(runtime);
        PeakConcurrency.Peak peak = peaks().get(runtime);
        String runs = NLS.bind(Messages.Runtime_capacity, new Object[] { capacity, runtime.getNodeCount(),
                runtime.getMaxParallelExecutionsPerNode() });
        if (peak == null) {
            return NLS.bind(Messages.Runtime_noPeak, runs);
        }
        if (peak.jobs() <= capacity) {
            return NLS.bind(Messages.Runtime_peakWithinCapacity, new Object[] { runs, peak.jobs(), peak.time() });
        }
        String remedy = nodesForPeak(runtime) <= MAX_NODES ? NLS.bind(Messages.Runtime_nodesForPeak, nodesForPeak(runtime))
                : Messages.Runtime_raiseTheExecutionsPerNode;
        return NLS.bind(Messages.Runtime_peakOverCapacity, new Object[] { runs, peak.jobs(), peak.time(), peak.jobs() - capacity, remedy });
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
            return Messages.Runtime_noPackageMovingToThis;
        }
        String rules = String.join(", ", findings.stream().map(AssessmentFinding::getRuleId).distinct().sorted().toList()); //$NON-NLS-1$
        return NLS.bind(runtime.getEdition() == IntegrationRuntimeEdition.ENTERPRISE ? Messages.Runtime_enterpriseNeededIsEnterprise
                : Messages.Runtime_enterpriseNeededIsStandard, findings.size(), rules);
    }
}
