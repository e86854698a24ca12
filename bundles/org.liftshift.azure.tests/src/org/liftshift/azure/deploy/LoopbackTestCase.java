package org.liftshift.azure.deploy;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.liftshift.testing.arm.LoopbackArm;

/** A test of the real Azure SDK against a loopback server of its own, started before each test and closed after it. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
abstract class LoopbackTestCase {

    @TempDir
    Path work;

    LoopbackArm arm;

    @BeforeEach
    final void startLoopback() throws Exception {
        arm = LoopbackArm.start(work);
    }

    @AfterEach
    final void stopLoopback() throws Exception {
        arm.close();
    }
}
