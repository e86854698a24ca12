package org.liftshift.ui.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.liftshift.assess.PackageAssessment;
import org.liftshift.model.estate.Package;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.AssessmentFinding;
import org.liftshift.model.plan.FindingStatus;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.plan.PlanPackage;
import org.liftshift.model.plan.Severity;
import org.liftshift.ui.editor.ActiveDesign;
import org.liftshift.ui.editor.DesignEditor;

/**
 * The assessment findings of the active design: a table filtered by rule, severity and project, a
 * chart of findings per rule, and actions to run the assessment again (in a job), apply a finding's
 * suggested design change and accept a finding. Double-clicking a finding shows its package.
 */
public final class AssessmentView extends ViewPart {

    public static final String ID = "org.liftshift.ui.views.assessment"; //$NON-NLS-1$

    private DesignEditor editor;
    private ActiveDesign active;
    private TableViewer table;
    private Combo rule;
    private Combo severity;
    private Combo project;
    private Label status;
    private FindingsChart chart;
    private FindingFilter filter = FindingFilter.ALL;
    private final Action run = new Action(Messages.Assessment_run) {
        @Override
        public void run() {
            runAssessment();
        }
    };
    private final Action apply = new Action(Messages.Assessment_apply) {
        @Override
        public void run() {
            applySuggestedChange();
        }
    };
    private final Action accept = new Action(Messages.Assessment_accept) {
        @Override
        public void run() {
            acceptSelected();
        }
    };
    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout());
        Composite filters = new Composite(parent, SWT.NONE);
        filters.setLayout(new GridLayout(7, false));
        filters.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(filters, SWT.NONE).setText(Messages.Assessment_ruleFilter);
        rule = filterCombo(filters, "assessment.rule"); //$NON-NLS-1$
        new Label(filters, SWT.NONE).setText(Messages.Assessment_severityFilter);
        severity = filterCombo(filters, "assessment.severity"); //$NON-NLS-1$
        new Label(filters, SWT.NONE).setText(Messages.Assessment_projectFilter);
        project = filterCombo(filters, "assessment.project"); //$NON-NLS-1$
        status = new Label(filters, SWT.WRAP);
        status.setData(DesignEditor.TEST_ID, "assessment.status"); //$NON-NLS-1$
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.getTable().setData(DesignEditor.TEST_ID, "assessment.table"); //$NON-NLS-1$
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Assessment_severity, 80, f -> f.getSeverity().getLiteral()); //$NON-NLS-1$
        column(Messages.Assessment_rule, 70, AssessmentFinding::getRuleId); //$NON-NLS-1$
        column(Messages.Assessment_object, 320, AssessmentFinding::getObjectPath); //$NON-NLS-1$
        column(Messages.Assessment_found, 240, AssessmentFinding::getEvidence); //$NON-NLS-1$
        column(Messages.Assessment_designChange, 150, f -> f.getSuggestedChange().getLiteral()); //$NON-NLS-1$
        column(Messages.Assessment_status, 80, f -> f.getStatus().getLiteral()); //$NON-NLS-1$
        column(Messages.Assessment_fix, 400, AssessmentFinding::getRecommendation); //$NON-NLS-1$
        table.addDoubleClickListener(e -> revealSelected());
        table.addSelectionChangedListener(e -> updateActions());
        chart = new FindingsChart(sash);
        chart.control().setData(DesignEditor.TEST_ID, "assessment.chart"); //$NON-NLS-1$
        sash.setWeights(3, 1);

        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(run);
        toolbar.add(apply);
        toolbar.add(accept);
        getSite().setSelectionProvider(table);
        active = new ActiveDesign(getSite().getPage(), new ActiveDesign.Listener() {
            @Override
            public void shown(DesignEditor design) {
                editor = design;
                refresh();
            }

            @Override
            public void changed() {
                refresh();
            }
        });
    }

    private Combo filterCombo(Composite parent, String testId) {
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setData(DesignEditor.TEST_ID, testId);
        combo.setLayoutData(new GridData(120, SWT.DEFAULT));
        combo.addListener(SWT.Selection, e -> {
            filter = new FindingFilter(choice(rule), severity.getSelectionIndex() <= 0 ? null : Severity.get(choice(severity)),
                    choice(project));
            refresh();
        });
        return combo;
    }

    private static String choice(Combo combo) {
        return combo.getSelectionIndex() <= 0 ? null : combo.getItem(combo.getSelectionIndex());
    }

    private void column(String title, int width, java.util.function.Function<AssessmentFinding, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply((AssessmentFinding) element);
                return value == null ? "" : value; //$NON-NLS-1$
            }
        });
    }

    /** Shows the findings of this editor's design (or none). */
    void show(DesignEditor design) {
        active.show(design);
    }

    private List<AssessmentFinding> findings() {
        MigrationPlan plan = editor == null ? null : editor.plan();
        return plan == null ? List.of() : List.copyOf(plan.getFindings());
    }

    private void refresh() {
        if (table == null || table.getControl().isDisposed()) {
            return;
        }
        List<AssessmentFinding> all = findings();
        fill(rule, FindingFilter.rules(all));
        fill(severity, Severity.VALUES.stream().map(Severity::getLiteral).toList());
        fill(project, FindingFilter.projects(all));
        List<AssessmentFinding> shown = filter.apply(all);
        table.setInput(shown.toArray());
        chart.show(FindingFilter.countsByRule(shown));
        if (editor == null) {
            status.setText(Messages.Assessment_noDesign);
        } else if (all.isEmpty()) {
            status.setText(Messages.Assessment_noFindings);
        } else {
            status.setText(NLS.bind(Messages.Assessment_shown, shown.size(), all.size()));
        }
        status.getParent().layout(true);
        updateActions();
    }

    private static void fill(Combo combo, List<String> values) {
        String current = choice(combo);
        List<String> items = new ArrayList<>();
        items.add(Messages.Assessment_all);
        items.addAll(values);
        if (!items.equals(List.of(combo.getItems()))) {
            combo.setItems(items.toArray(String[]::new));
            combo.select(current == null || !values.contains(current) ? 0 : items.indexOf(current));
        }
    }

    private void updateActions() {
        boolean loaded = editor != null && editor.plan() != null;
        run.setEnabled(loaded);
        apply.setEnabled(loaded && selected().size() == 1);
        accept.setEnabled(loaded && !selected().isEmpty());
    }

    private List<AssessmentFinding> selected() {
        List<AssessmentFinding> findings = new ArrayList<>();
        for (Object element : ((IStructuredSelection) table.getSelection()).toList()) {
            findings.add((AssessmentFinding) element);
        }
        return findings;
    }

    /** Selects the findings shown in these rows. */
    public void select(List<AssessmentFinding> findings) {
        table.setSelection(new org.eclipse.jface.viewers.StructuredSelection(findings), true);
        updateActions();
    }

    /** The findings the table shows, in order. */
    public List<AssessmentFinding> shown() {
        Object input = table.getInput();
        List<AssessmentFinding> shown = new ArrayList<>();
        if (input instanceof Object[] rows) {
            for (Object row : rows) {
                shown.add((AssessmentFinding) row);
            }
        }
        return shown;
    }

    /** The counts per rule the chart draws. */
    public Map<String, Integer> chartCounts() {
        return chart.counts();
    }

    /**
     * Assesses a copy of the design in a background job (the design may change meanwhile), then
     * replaces its findings in one undoable command; decisions already taken on a finding are kept.
     */
    public Job runAssessment() {
        MigrationPlan plan = editor == null ? null : editor.plan();
        if (plan == null) {
            return null;
        }
        DesignEditor target = editor;
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        MigrationPlan copy = (MigrationPlan) copier.copy(plan);
        copier.copyReferences();
        Map<EObject, EObject> originals = new HashMap<>();
        copier.forEach((original, copied) -> originals.put(copied, original));
        Job job = Job.create(NLS.bind(Messages.Assessment_jobName, plan.getName()), monitor -> {
            try {
                List<AssessmentFinding> found = PackageAssessment.withAllRules().assess(copy, monitor);
                for (AssessmentFinding finding : found) {
                    finding.setSubject(originals.getOrDefault(finding.getSubject(), finding.getSubject()));
                }
                table.getControl().getDisplay().asyncExec(() -> record(target, plan, found));
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private void record(DesignEditor target, MigrationPlan plan, List<AssessmentFinding> found) {
        if (target.plan() != plan) {
            return;
        }
        Map<String, FindingStatus> decided = new HashMap<>();
        for (AssessmentFinding previous : plan.getFindings()) {
            if (previous.getStatus() != FindingStatus.OPEN) {
                decided.put(key(previous), previous.getStatus());
            }
        }
        found.forEach(f -> f.setStatus(decided.getOrDefault(key(f), f.getStatus())));
        CompoundCommand replace = new CompoundCommand(Messages.Assessment_runCommand);
        if (!plan.getFindings().isEmpty()) {
            replace.append(RemoveCommand.create(target.getEditingDomain(), plan, PlanPackage.Literals.MIGRATION_PLAN__FINDINGS,
                    List.copyOf(plan.getFindings())));
        }
        if (!found.isEmpty()) {
            replace.append(AddCommand.create(target.getEditingDomain(), plan, PlanPackage.Literals.MIGRATION_PLAN__FINDINGS, found));
        }
        if (!replace.isEmpty()) {
            target.getEditingDomain().getCommandStack().execute(replace);
        }
    }

    private static String key(AssessmentFinding finding) {
        return finding.getRuleId() + '\u0000' + finding.getObjectPath() + '\u0000' + finding.getEvidence();
    }

    /** Applies the selected finding's suggested design change, or opens the page where it is made. */
    public String applySuggestedChange() {
        List<AssessmentFinding> chosen = selected();
        if (editor == null || editor.plan() == null || chosen.size() != 1) {
            return null;
        }
        SuggestedChanges.Application application = SuggestedChanges.of(editor.plan(), chosen.get(0), editor.getEditingDomain());
        if (application.command() != null) {
            editor.getEditingDomain().getCommandStack().execute(application.command());
        }
        if (application.page() != null) {
            getSite().getPage().activate(editor);
            editor.setActivePage(application.page());
            if (application.runtime() != null) {
                editor.select(application.runtime());
            }
        }
        status.setText(application.message());
        status.getParent().layout(true);
        return application.message();
    }

    private void acceptSelected() {
        List<AssessmentFinding> chosen = selected();
        if (editor == null || chosen.isEmpty()) {
            return;
        }
        CompoundCommand acceptAll = new CompoundCommand(Messages.Assessment_acceptCommand);
        for (AssessmentFinding finding : chosen) {
            acceptAll.append(SetCommand.create(editor.getEditingDomain(), finding, PlanPackage.Literals.ASSESSMENT_FINDING__STATUS,
                    FindingStatus.ACCEPTED));
        }
        editor.getEditingDomain().getCommandStack().execute(acceptAll);
    }

    private void revealSelected() {
        List<AssessmentFinding> chosen = selected();
        if (editor == null || chosen.isEmpty()) {
            return;
        }
        EObject subject = chosen.get(0).getSubject();
        Package pkg = DesignNavigation.ancestor(subject, Package.class);
        getSite().getPage().activate(editor);
        editor.reveal(pkg != null ? pkg : subject, chosen.get(0).getRuleId());
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (active != null) {
            active.dispose();
        }
        super.dispose();
    }
}
