package org.liftshift.importer.large;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liftshift.importer.EstateImport;
import org.liftshift.importer.internal.dtsx.PackageReader;
import org.liftshift.model.estate.Estate;

/**
 * A package of hundreds of megabytes is streamed: it imports in a JVM whose heap is a fifth of the
 * file, so no part of it (a script's inline source and binary, a designer layout, a variable
 * holding a document, thousands of column definitions) is held whole in memory.
 */
class LargePackageTest {

    private static final long FILE_BYTES = 320L << 20;
    private static final String HEAP = "-Xmx64m";

    @TempDir
    Path dir;

    @Test
    void aPackageOfHundredsOfMegabytesImportsInASmallHeap() throws Exception {
        Path file = dir.resolve("large.dtsx");
        long size = LargePackage.write(file, FILE_BYTES);
        assertThat(size).isGreaterThan(FILE_BYTES);

        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(), HEAP,
                "-XX:+ExitOnOutOfMemoryError", "-cp", classpath(), LargeImportMain.class.getName(), file.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output.lines()).as(output).contains("package=Large", "format=8", "connection=dw01.contoso.local",
                "executable=Script components=0", "executable=Load components=" + LargePackage.COMPONENTS,
                "variableLength=" + PackageReader.MAX_VALUE_LENGTH, "maxHeapMiB=" + 64);
        assertThat(output.lines().filter(l -> l.startsWith("status="))).singleElement().asString().startsWith("status=0 ");
    }

    /** The bundles the import needs, as a plain class path: EMF and Equinox Common run outside OSGi. */
    private static String classpath() throws ClassNotFoundException {
        // SubMonitor reads its debug options through the framework's service interfaces
        Class<?> framework = IProgressMonitor.class.getClassLoader().loadClass("org.eclipse.osgi.service.debug.DebugOptionsListener");
        return Stream.of(LargeImportMain.class, EstateImport.class, Estate.class, EObject.class, EList.class, IProgressMonitor.class,
                framework).map(LargePackageTest::location).distinct().collect(Collectors.joining(File.pathSeparator));
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
