import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.liftshift.model.estate.EstatePackage;
import org.liftshift.model.estate.Package;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.ManagedInstance;
import org.liftshift.model.target.TargetPackage;
import org.liftshift.validate.DesignValidation;
import org.liftshift.validate.IncrementalValidation;

/**
 * Per-edit validation latency of the design editor (issue 6) on the synthetic plan of 10,000 packages
 * and 2,000 jobs: each edit is an EMF command executed on a command stack, as the editor's widgets do,
 * followed by the editor's incremental validation; prints the median, 95th percentile and worst
 * latency and their ratio to a full validation. Run with releng/benchmarks/run.sh edit.
 */
public final class EditLatencyBenchmark {

    static final int EDITS = 400;

    public static void main(String[] args) {
        MigrationPlan plan = ValidationBenchmark.synthetic();
        AzureSsisIntegrationRuntime sales = DesignNavigation.runtimes(plan).stream()
                .filter(r -> r.getName().equals("ir-ssis-sales")).findFirst().orElseThrow();
        ManagedInstance salesInstance = (ManagedInstance) sales.getCatalog().getHost();
        List<Package> packages = new ArrayList<>();
        plan.getEstate().eAllContents().forEachRemaining(o -> {
            if (o instanceof Package p) {
                packages.add(p);
            }
        });
        System.out.printf("synthetic plan: %,d packages%n", packages.size());

        DesignValidation full = DesignValidation.withDesignRules();
        long[] fullTimes = Timing.runs(2, 5, () -> full.validate(plan));
        long fullMedian = Timing.median(fullTimes);

        long start = System.nanoTime();
        IncrementalValidation validation = new IncrementalValidation(plan);
        long open = System.nanoTime() - start;

        BasicCommandStack stack = new BasicCommandStack();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
        List<Command> edits = new ArrayList<>();
        for (int i = 0; i < EDITS; i++) {
            edits.add(switch (i % 4) {
                case 0 -> set(domain, salesInstance, TargetPackage.Literals.MANAGED_INSTANCE__PUBLIC_ENDPOINT_ENABLED, i % 8 == 0 ? Boolean.FALSE : Boolean.TRUE);
                case 1 -> set(domain, sales, TargetPackage.Literals.AZURE_SSIS_INTEGRATION_RUNTIME__NODE_COUNT, Integer.valueOf(1 + i % 10));
                case 2 -> set(domain, sales, TargetPackage.Literals.AZURE_SSIS_INTEGRATION_RUNTIME__DESCRIPTION, "edited " + i);
                default -> set(domain, packages.get(i * 17 % packages.size()), EstatePackage.Literals.PACKAGE__DESCRIPTION, "note " + i);
            });
        }
        long[] latencies = new long[EDITS];
        int[] problems = new int[1];
        for (int i = 0; i < EDITS; i++) {
            long t = System.nanoTime();
            stack.execute(edits.get(i));
            validation.update();
            problems[0] += validation.diagnostics().size();
            latencies[i] = System.nanoTime() - t;
        }
        long[] undo = new long[50];
        for (int i = 0; i < undo.length; i++) {
            long t = System.nanoTime();
            stack.undo();
            validation.update();
            undo[i] = System.nanoTime() - t;
        }
        // a removal is structural: the validation falls back to a full pass
        EObject rule = salesInstance.getSubnet() != null && salesInstance.getSubnet().getNetworkSecurityGroup() != null
                ? salesInstance.getSubnet().getNetworkSecurityGroup().getRules().get(0) : null;
        long removal = 0;
        if (rule != null) {
            long t = System.nanoTime();
            stack.execute(RemoveCommand.create(domain, rule.eContainer(), rule.eContainingFeature(), rule));
            validation.update();
            removal = System.nanoTime() - t;
        }
        long median = Timing.median(latencies);
        long p95 = percentile(latencies, 0.95);
        long worst = Arrays.stream(latencies).max().orElse(0);
        System.out.printf("full validation: %d ms (median of 5)   editor open (first, full incremental pass): %d ms%n",
                Timing.ms(fullMedian), Timing.ms(open));
        System.out.printf("per edit (command + incremental validation), %d edits: median %.2f ms, p95 %.2f ms, worst %.2f ms (goal < 50 ms)%n",
                EDITS, median / 1e6, p95 / 1e6, worst / 1e6);
        System.out.printf("undo: median %.2f ms   structural edit (removal, full pass): %d ms%n", Timing.median(undo) / 1e6, Timing.ms(removal));
        System.out.printf("ratio: median edit / full validation = %.3f x; p95 / full = %.3f x  (%d diagnostics seen)%n",
                (double) median / fullMedian, (double) p95 / fullMedian, problems[0]);
        Diagnostic check = full.validate(plan);
        int leaves = countLeaves(check);
        System.out.printf("consistency: incremental %d diagnostics, full %d%n", validation.diagnostics().size(), leaves);
    }

    private static Command set(AdapterFactoryEditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
        return new SetCommand(domain, owner, feature, value);
    }

    private static long percentile(long[] times, double p) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))];
    }

    private static int countLeaves(Diagnostic diagnostic) {
        int count = 0;
        for (Diagnostic child : diagnostic.getChildren()) {
            count += child.getChildren().isEmpty() ? (child.getSeverity() == Diagnostic.OK ? 0 : 1) : countLeaves(child);
        }
        return count;
    }
}
