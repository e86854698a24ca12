package org.liftshift.cli.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.liftshift.azure.deploy.AzureConnection;
import org.liftshift.azure.deploy.DesignDeployment;
import org.liftshift.azure.deploy.RuntimeDrift.Drift;
import org.liftshift.cli.CommandContext;
import org.liftshift.cli.ExitCodes;
import org.liftshift.model.persistence.MigrationFileException;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.Subscription;

import com.azure.core.exception.AzureException;
import com.azure.json.JsonProviders;
import com.azure.json.JsonWriter;

/** {@code liftshift drift [file] [--format text|json] [--sign-in default|browser|device-code]}. */
public final class DriftCommand extends NamedSubcommand {

    public static final String NAME = "drift";

    private final AzureOptions azure;

    public DriftCommand(AzureOptions azure) {
        super(NAME, Messages.Drift_summary, Messages.Drift_usage);
        this.azure = azure;
    }

    @Override
    public int run(List<String> args, CommandContext context) {
        CommandLine line = CommandLine.parse(NAME, args, AzureArguments.options(Map.of("--format", "--format")), Set.of(), context.err());
        Boolean json = line == null ? null : line.value("--format", Boolean.FALSE, DriftCommand::isJson, "text or json");
        AzureArguments options = json == null ? null : AzureArguments.of(line);
        if (options == null) {
            return ExitCodes.USAGE;
        }
        String file = line.file();
        PlanArgument argument = new PlanArgument(file);
        MigrationPlan plan = argument.loadOrSay(NAME, context);
        if (plan == null) {
            return ExitCodes.USAGE;
        }
        List<Drift> drift;
        try {
            Function<Subscription, AzureConnection> connector = options.connector(azure, context);
            if (!options.chooseSubscriptions(NAME, plan, argument, connector, context)) {
                return ExitCodes.USAGE;
            }
            drift = new DesignDeployment(connector).drift(plan);
        } catch (MigrationFileException e) {
            context.err().println("liftshift drift: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (AzureException | IllegalStateException e) {
            context.err().println(NLS.bind(Messages.Azure_failed, NAME, e.getMessage()));
            return ExitCodes.USAGE;
        }
        if (json.booleanValue()) {
            context.out().println(json(argument.shown(), drift));
        } else {
            context.out().println(NLS.bind(drift.isEmpty() ? Messages.Drift_none : Messages.Drift_found, argument.shown(), drift.size()));
            drift.forEach(d -> context.out().println("  " + d));
        }
        return drift.isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }

    private static Boolean isJson(String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> Boolean.TRUE;
            case "text" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(format);
        };
    }

    private static String json(String design, List<Drift> drift) {
        try (StringWriter text = new StringWriter(); JsonWriter json = JsonProviders.createWriter(text)) {
            json.writeStartObject().writeStringField("design", design).writeStartArray("differences");
            for (Drift d : drift) {
                json.writeStartObject().writeStringField("runtime", d.runtime()).writeStringField("resource", d.resourceId())
                        .writeStringField("path", d.path()).writeStringField("design", String.valueOf(d.design()))
                        .writeStringField("azure", d.azure() == null ? null : String.valueOf(d.azure())).writeEndObject();
            }
            json.writeEndArray().writeEndObject().flush();
            return text.toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
