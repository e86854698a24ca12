package org.liftshift.cli.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.liftshift.azure.deploy.AvailableSubscription;
import org.liftshift.azure.deploy.AzureConnection;
import org.liftshift.azure.deploy.AzureSignIn;
import org.liftshift.azure.deploy.SubscriptionChoice;
import org.liftshift.cli.CommandContext;
import org.liftshift.model.persistence.MigrationFileException;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.Subscription;

/**
 * The options of the subcommands that reach Azure ({@code deploy}, {@code drift}, {@code report
 * --drift}): {@code --sign-in}, {@code --cloud} and {@code --subscription}. Before Azure is used, every subscription
 * of the design must be known by id and tenant: one named only by display name, or the one
 * {@code --subscription} points the design at, is looked up among the subscriptions the identity can
 * use, and the choice is stored in the design file.
 */
final class AzureArguments {

    private final AzureSignIn.Method method;
    private final AzureSignIn.Cloud cloud;
    private final String subscription;

    private AzureArguments(AzureSignIn.Method method, AzureSignIn.Cloud cloud, String subscription) {
        this.method = method;
        this.cloud = cloud;
        this.subscription = subscription;
    }

    /** The options a command's own valued options are joined with. */
    static Map<String, String> options(Map<String, String> own) {
        Map<String, String> all = new HashMap<>(own);
        all.put("--sign-in", "--sign-in");
        all.put("--subscription", "--subscription");
        all.put("--cloud", "--cloud");
        return all;
    }

    /** @return null after the misuse was printed */
    static AzureArguments of(CommandLine line) {
        AzureSignIn.Method method = line.value("--sign-in", AzureSignIn.Method.DEFAULT, AzureSignIn.Method::of,
                "default, browser or device-code");
        AzureSignIn.Cloud cloud = method == null ? null
                : line.value("--cloud", AzureSignIn.Cloud.AZURE, AzureSignIn.Cloud::of, "azure, china or usgov");
        return cloud == null ? null : new AzureArguments(method, cloud, line.value("--subscription", null));
    }

    Function<Subscription, AzureConnection> connector(AzureOptions azure, CommandContext context) {
        return azure.connector(method, cloud, context);
    }

    /**
     * Makes every subscription of the design known, storing a new choice in the design file.
     *
     * @return false after printing why a subscription could not be chosen
     * @throws MigrationFileException when the design file could not be written
     */
    boolean chooseSubscriptions(String command, MigrationPlan plan, PlanArgument argument, Function<Subscription, AzureConnection> connector,
            CommandContext context) throws MigrationFileException {
        List<Subscription> deployed = SubscriptionChoice.deployed(plan);
        if (subscription != null && deployed.size() > 1) {
            context.err().println(NLS.bind(Messages.Azure_subscriptionAmbiguous, new Object[] { command, deployed.size(),
                    String.join(", ", deployed.stream().map(Subscription::getName).toList()) }));
            return false;
        }
        SubscriptionChoice choice = new SubscriptionChoice(connector);
        boolean changed = false;
        for (Subscription designed : deployed) {
            if (subscription == null && SubscriptionChoice.known(designed)) {
                continue;
            }
            AvailableSubscription chosen;
            try {
                chosen = SubscriptionChoice.choose(designed, choice.available(designed), subscription);
            } catch (IllegalArgumentException e) {
                context.err().println("liftshift " + command + ": " + e.getMessage());
                return false;
            }
            if (SubscriptionChoice.differs(designed, chosen)) {
                designed.setSubscriptionId(chosen.subscriptionId());
                designed.setTenantId(chosen.tenantId());
                context.err().println(NLS.bind(Messages.Azure_subscriptionChosen, designed.getName(), chosen));
                changed = true;
            }
        }
        if (changed) {
            if (argument.file() == null) {
                context.err().println(NLS.bind(Messages.Azure_sampleNotStored, argument.shown()));
            } else {
                MigrationFiles.save(plan, argument.path(context));
                context.err().println(NLS.bind(Messages.Azure_subscriptionStored, argument.shown()));
            }
        }
        return true;
    }
}
