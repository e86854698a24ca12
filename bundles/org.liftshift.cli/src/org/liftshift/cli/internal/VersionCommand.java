package org.liftshift.cli.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.liftshift.cli.CommandContext;
import org.liftshift.cli.ExitCodes;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** {@code liftshift version}: the product version (this bundle's, shared by all bundles) and the JVM. */
public final class VersionCommand extends NamedSubcommand {

    public static final String NAME = "version";

    public VersionCommand() {
        super(NAME, Messages.Version_summary, Messages.Version_usage);
    }

    @Override
    public int run(List<String> args, CommandContext context) {
        if (!args.isEmpty()) {
            context.err().println(NLS.bind(Messages.Version_unexpectedArgument, args.get(0)));
            return ExitCodes.USAGE;
        }
        context.out().println("Liftshift " + productVersion());
        context.out().println("Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return ExitCodes.OK;
    }

    /** Every Liftshift bundle shares one version, so this bundle's version is the product's. */
    static String productVersion() {
        Bundle bundle = FrameworkUtil.getBundle(VersionCommand.class);
        return bundle == null ? "(development, outside OSGi)" : bundle.getVersion().toString();
    }
}
