package org.liftshift.cli.internal;

import java.nio.file.Path;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.liftshift.cli.Cli;
import org.liftshift.cli.CommandContext;

/** The headless Equinox application {@code org.liftshift.cli.app} behind {@code liftshift <subcommand>}. */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        Path cwd = Path.of(System.getProperty("liftshift.cwd", System.getProperty("user.dir")));
        return Integer.valueOf(Cli.standard().run(args == null ? new String[0] : args,
                new CommandContext(System.out, System.err, cwd)));
    }

    @Override
    public void stop() {
        // Subcommands run to completion on the calling thread; nothing to interrupt.
    }
}
