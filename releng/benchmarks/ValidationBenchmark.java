import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.liftshift.model.estate.AgentJob;
import org.liftshift.model.estate.CatalogFolder;
import org.liftshift.model.estate.ConnectionManager;
import org.liftshift.model.estate.DataFlowComponent;
import org.liftshift.model.estate.EstateFactory;
import org.liftshift.model.estate.EstatePackage;
import org.liftshift.model.estate.Executable;
import org.liftshift.model.estate.JobStep;
import org.liftshift.model.estate.JobStepSubsystem;
import org.liftshift.model.estate.Package;
import org.liftshift.model.estate.Parameter;
import org.liftshift.model.estate.Project;
import org.liftshift.model.estate.Schedule;
import org.liftshift.model.estate.SqlServerInstance;
import org.liftshift.model.estate.Variable;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.FolderMapping;
import org.liftshift.model.plan.JobOrchestration;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.plan.OrchestrationKind;
import org.liftshift.model.plan.PlanFactory;
import org.liftshift.model.plan.PlanPackage;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.TargetPackage;
import org.liftshift.samples.ContosoSample;
import org.liftshift.validate.DesignValidation;

/**
 * Validation benchmark (issue 3): a synthetic plan of 10,000 packages and 2,000 jobs on the Contoso
 * target; prints save and load times, full validation time, and validation as a ratio to a bare
 * Diagnostician pass with no constraints. Run with releng/benchmarks/run.sh validation.
 */
public final class ValidationBenchmark {

    static final int FOLDERS = 100;
    static final int PACKAGES_PER_FOLDER = 100;
    static final int JOBS = 2_000;
    static final int RUNS = 7;

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        MigrationPlan plan = synthetic();
        long objects = count(plan);
        System.out.printf("synthetic plan: %,d objects (%,d packages, %,d jobs), built in %d ms%n", objects,
                FOLDERS * PACKAGES_PER_FOLDER, JOBS, Timing.ms(System.nanoTime() - start));

        Path file = Files.createTempFile("liftshift-benchmark", ".liftshift");
        long save = time(() -> {
            MigrationFiles.save(plan, file);
            return null;
        });
        long load = time(() -> MigrationFiles.load(file));
        System.out.printf("save: %d ms (%,d bytes)   load: %d ms%n", Timing.ms(save), Files.size(file), Timing.ms(load));
        Files.deleteIfExists(file);
        Files.deleteIfExists(Path.of(file + ".bak"));

        DesignValidation full = DesignValidation.withDesignRules();
        DesignValidation emfOnly = DesignValidation.withoutDesignRules();
        Diagnostician bare = bareDiagnostician();
        Diagnostic result = full.validate(plan);
        long[] fullTimes = runs(() -> full.validate(plan));
        long[] emfTimes = runs(() -> emfOnly.validate(plan));
        long[] bareTimes = runs(() -> bare.validate(plan, Map.of()));
        long fullMedian = Timing.median(fullTimes);
        long emfMedian = Timing.median(emfTimes);
        long bareMedian = Timing.median(bareTimes);

        System.out.printf("validation with every design rule: median %d ms of %d runs (goal < 1000 ms), %d diagnostics%n",
                Timing.ms(fullMedian), RUNS, result.getChildren().size());
        System.out.printf("EMF constraints only:               median %d ms%n", Timing.ms(emfMedian));
        System.out.printf("bare Diagnostician, no constraints: median %d ms%n", Timing.ms(bareMedian));
        System.out.printf("ratio full / bare Diagnostician: %.2f   full / EMF constraints: %.2f%n",
                (double) fullMedian / bareMedian, (double) fullMedian / emfMedian);
    }

    static MigrationPlan synthetic() {
        ContosoSample contoso = ContosoSample.build();
        MigrationPlan plan = contoso.plan;
        plan.getFolderMappings().clear();
        plan.getOrchestrations().clear();
        plan.getWaves().clear();
        EstateFactory e = EstateFactory.eINSTANCE;
        SqlServerInstance instance = plan.getEstate().getInstances().get(0);
        List<AzureSsisIntegrationRuntime> runtimes = List.of(contoso.financeRuntime, contoso.salesRuntime,
                contoso.operationsRuntime);
        List<Package> packages = new ArrayList<>();
        for (int f = 0; f < FOLDERS; f++) {
            CatalogFolder folder = e.createCatalogFolder();
            folder.setName("Folder " + f);
            Project project = e.createProject();
            project.setName("Project " + f);
            folder.getProjects().add(project);
            instance.getCatalog().getFolders().add(folder);
            for (int p = 0; p < PACKAGES_PER_FOLDER; p++) {
                Package pkg = e.createPackage();
                pkg.setName("Package " + f + "-" + p + ".dtsx");
                pkg.setFormatVersion(8);
                for (int c = 0; c < 3; c++) {
                    ConnectionManager cm = e.createConnectionManager();
                    cm.setName("Connection " + c);
                    cm.setServer("sql" + c + ".contoso.local");
                    pkg.getConnectionManagers().add(cm);
                }
                for (int x = 0; x < 3; x++) {
                    Executable task = e.createExecutable();
                    task.setName("Task " + x);
                    task.setCreationName(x == 0 ? "Microsoft.Pipeline" : "Microsoft.ExecuteSQLTask");
                    if (x == 0) {
                        for (int d = 0; d < 2; d++) {
                            DataFlowComponent component = e.createDataFlowComponent();
                            component.setName("Component " + d);
                            component.getConnectionManagers().add(pkg.getConnectionManagers().get(d));
                            task.getComponents().add(component);
                        }
                    }
                    pkg.getExecutables().add(task);
                }
                for (int q = 0; q < 2; q++) {
                    Parameter parameter = e.createParameter();
                    parameter.setName("Parameter" + q);
                    pkg.getParameters().add(parameter);
                    Variable variable = e.createVariable();
                    variable.setName("Variable" + q);
                    pkg.getVariables().add(variable);
                }
                project.getPackages().add(pkg);
                packages.add(pkg);
            }
            FolderMapping mapping = PlanFactory.eINSTANCE.createFolderMapping();
            mapping.setSourceFolder(folder);
            mapping.setRuntime(runtimes.get(f % runtimes.size()));
            mapping.setTargetFolderName(folder.getName());
            plan.getFolderMappings().add(mapping);
        }
        List<Schedule> schedules = new ArrayList<>();
        for (int s = 0; s < 96; s++) {
            Schedule schedule = e.createSchedule();
            schedule.setName("Every day " + s);
            schedule.setActiveStartTime((s / 4) * 10000 + (s % 4) * 1500);
            instance.getSchedules().add(schedule);
            schedules.add(schedule);
        }
        for (int j = 0; j < JOBS; j++) {
            AgentJob job = e.createAgentJob();
            job.setName("Job " + j);
            JobStep step = e.createJobStep();
            step.setStepId(1);
            step.setName("Run");
            step.setSubsystem(JobStepSubsystem.SSIS);
            step.setPackage(packages.get(j * 5));
            job.getSteps().add(step);
            job.getSchedules().add(schedules.get(j % schedules.size()));
            instance.getJobs().add(job);
            JobOrchestration orchestration = PlanFactory.eINSTANCE.createJobOrchestration();
            orchestration.setJob(job);
            orchestration.setKind(OrchestrationKind.MI_AGENT_JOB);
            orchestration.setManagedInstance(contoso.financeInstance);
            orchestration.setOwnerLogin("ssis-jobs@contoso.com");
            plan.getOrchestrations().add(orchestration);
        }
        return plan;
    }

    /** A Diagnostician that visits every object and checks nothing: the cost of the walk itself. */
    static Diagnostician bareDiagnostician() {
        EValidator nothing = new EValidator() {
            @Override
            public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
                return true;
            }

            @Override
            public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
                return true;
            }

            @Override
            public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
                    Map<Object, Object> context) {
                return true;
            }
        };
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(PlanPackage.eINSTANCE, nothing);
        registry.put(TargetPackage.eINSTANCE, nothing);
        registry.put(EstatePackage.eINSTANCE, nothing);
        return new Diagnostician(registry);
    }

    static long count(EObject root) {
        long[] count = { 1 };
        root.eAllContents().forEachRemaining(o -> count[0]++);
        return count[0];
    }

    interface Work {
        Object run() throws Exception;
    }

    static long time(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    static long[] runs(Supplier<Object> work) {
        return Timing.runs(3, RUNS, work);
    }
}
