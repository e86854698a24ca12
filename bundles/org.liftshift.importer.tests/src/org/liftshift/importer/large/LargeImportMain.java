package org.liftshift.importer.large;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.liftshift.importer.EstateImport;
import org.liftshift.model.estate.Executable;
import org.liftshift.model.estate.Package;

/**
 * Imports one file and prints what it found, one fact per line; {@link LargePackageTest} runs it
 * in a JVM with a heap much smaller than the file.
 */
public final class LargeImportMain {

    private LargeImportMain() {
    }

    public static void main(String[] args) {
        EstateImport.Result result = EstateImport.importFiles(List.of(Path.of(args[0])), new NullProgressMonitor());
        System.out.println("status=" + result.status().getSeverity() + " " + result.status().getMessage());
        for (IStatus problem : result.status().getChildren()) {
            System.out.println("problem=" + problem.getMessage());
        }
        for (Package pkg : result.estate().getFilePackages()) {
            System.out.println("package=" + pkg.getName());
            System.out.println("format=" + pkg.getFormatVersion());
            System.out.println("connection=" + pkg.getConnectionManagers().get(0).getServer());
            for (Executable executable : pkg.getExecutables()) {
                System.out.println("executable=" + executable.getName() + " components=" + executable.getComponents().size());
            }
            System.out.println("variableLength=" + pkg.getVariables().get(0).getValue().length());
        }
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.println("maxHeapMiB=" + (runtime.maxMemory() >> 20));
    }
}
