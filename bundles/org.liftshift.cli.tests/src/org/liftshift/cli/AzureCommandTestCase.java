package org.liftshift.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.liftshift.azure.deploy.AzureSignIn;
import org.liftshift.cli.internal.AzureOptions;
import org.liftshift.testing.arm.LoopbackArm;
import org.liftshift.testing.arm.LoopbackAzure;

/**
 * A command-line test of a subcommand that reaches Azure: a loopback Azure Resource Manager for each
 * test, the subcommand connected to it, and its output streams.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
abstract class AzureCommandTestCase {

    @TempDir
    Path dir;

    protected LoopbackArm arm;
    protected final ByteArrayOutputStream out = new ByteArrayOutputStream();
    protected final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    final void startArm() throws Exception {
        arm = LoopbackArm.start(Files.createDirectories(dir.resolve("arm")));
    }

    @AfterEach
    final void stopArm() throws Exception {
        arm.close();
    }

    /** The cloud the last command asked to sign in to. */
    protected AzureSignIn.Cloud cloud;

    /** Signs in to the loopback server whatever the sign-in method and cloud; notes the cloud. */
    protected AzureOptions loopback() {
        return (method, chosen, context) -> {
            cloud = chosen;
            return subscription -> LoopbackAzure.connection(arm, subscription.getTenantId(), subscription.getSubscriptionId());
        };
    }

    /** Runs {@code command} alone, as {@code liftshift <args>}, in the test's folder. */
    protected int run(Subcommand command, String... args) {
        out.reset();
        err.reset();
        Cli cli = new Cli();
        cli.register(command);
        return cli.run(args, new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir));
    }
}
