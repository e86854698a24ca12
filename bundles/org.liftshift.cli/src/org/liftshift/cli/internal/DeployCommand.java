package org.liftshift.cli.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.osgi.util.NLS;
import org.liftshift.azure.arm.SecretValues;
import org.liftshift.azure.deploy.AzureConnection;
import org.liftshift.azure.deploy.DeploymentAction;
import org.liftshift.azure.deploy.DeploymentException;
import org.liftshift.azure.deploy.DeploymentSecrets;
import org.liftshift.azure.deploy.SecretUnavailableException;
import org.liftshift.azure.deploy.DesignDeployment;
import org.liftshift.cli.CommandContext;
import org.liftshift.cli.ExitCodes;
import org.liftshift.model.persistence.MigrationFileException;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.Subscription;
import org.liftshift.validate.DesignValidation;

import com.azure.core.exception.AzureException;

/** {@code liftshift deploy [file] [--what-if] [--force] [--sign-in default|browser|device-code] [--subscription id|name]}. */
public final class DeployCommand extends NamedSubcommand {

    public static final String NAME = "deploy";

    private final AzureOptions azure;
    private final SecretValues ask;
    private final Supplier<ISecurePreferences> storage;

    public DeployCommand(AzureOptions azure) {
        this(azure, new ConsoleSecrets(), SecurePreferencesFactory::getDefault);
    }

    /**
     * @param ask     asks for the secrets the design keeps nowhere Liftshift can read
     * @param storage the secure storage that secrets kept there are read from (null: none)
     */
    public DeployCommand(AzureOptions azure, SecretValues ask, Supplier<ISecurePreferences> storage) {
        super(NAME, Messages.Deploy_summary, Messages.Deploy_usage);
        this.azure = azure;
        this.ask = ask;
        this.storage = storage;
    }

    @Override
    public int run(List<String> args, CommandContext context) {
        CommandLine line = CommandLine.parse(NAME, args, AzureArguments.options(Map.of()), Set.of("--what-if", "--force"), context.err());
        AzureArguments options = line == null ? null : AzureArguments.of(line);
        if (options == null) {
            return ExitCodes.USAGE;
        }
        String file = line.file();
        boolean whatIf = line.has("--what-if");
        boolean force = line.has("--force");
        PlanArgument argument = new PlanArgument(file);
        MigrationPlan plan = argument.loadOrSay(NAME, context);
        if (plan == null) {
            return ExitCodes.USAGE;
        }
        Diagnostic validation = DesignValidation.withDesignRules().validate(plan);
        if (validation.getSeverity() >= Diagnostic.ERROR && !force && !whatIf) {
            context.err().println(NLS.bind(Messages.Deploy_designHasErrors, argument.shown()));
            return ExitCodes.PROBLEMS;
        }
        Function<Subscription, AzureConnection> connector = options.connector(azure, context);
        DesignDeployment deployment = new DesignDeployment(connector);
        try {
            if (!options.chooseSubscriptions(NAME, plan, argument, connector, context)) {
                return ExitCodes.USAGE;
            }
            if (whatIf) {
                List<DeploymentAction> planned = deployment.plan(plan);
                context.out().println(NLS.bind(planned.isEmpty() ? Messages.Deploy_nothingToDo : Messages.Deploy_planned, argument.shown(),
                        planned.size()));
                planned.forEach(action -> context.out().println("  " + action));
                return ExitCodes.OK;
            }
            List<DeploymentAction> done = deployment.apply(plan, new DeploymentSecrets(storage.get(), ask), new ConsoleProgress(context.err()));
            context.out().println(NLS.bind(Messages.Deploy_done, argument.shown(), done.size()));
            done.forEach(action -> context.out().println("  " + action));
            return ExitCodes.OK;
        } catch (DeploymentException e) {
            context.err().println("liftshift deploy: " + e.getMessage());
            if (e.rule() == null) {
                context.err().println("  " + e.fix());
            }
            return ExitCodes.PROBLEMS;
        } catch (SecretUnavailableException e) {
            context.err().println("liftshift deploy: " + e.getMessage());
            return ExitCodes.PROBLEMS;
        } catch (OperationCanceledException e) {
            context.err().println(Messages.Deploy_cancelled);
            return ExitCodes.PROBLEMS;
        } catch (MigrationFileException e) {
            context.err().println("liftshift deploy: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (AzureException | IllegalStateException e) {
            context.err().println(NLS.bind(Messages.Azure_failed, NAME, e.getMessage()));
            return ExitCodes.USAGE;
        }
    }
}
