package org.liftshift.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.liftshift.model.estate.AgentJob;
import org.liftshift.model.estate.CatalogFolder;
import org.liftshift.model.estate.Estate;
import org.liftshift.model.estate.JobStep;
import org.liftshift.model.estate.JobStepSubsystem;
import org.liftshift.model.estate.Package;
import org.liftshift.model.estate.Project;
import org.liftshift.model.estate.SqlServerInstance;

/** The on-premises estate: counts by instance, folder and project, package formats, with charts. */
final class InventorySection {

    private InventorySection() {
    }

    static void write(Xhtml doc, ReportFacts facts) {
        doc.section("inventory", "Estate inventory");
        Estate estate = facts.plan().getEstate();
        if (estate == null) {
            doc.paragraph("The design has no imported estate: import packages or an SSIS catalog to see the inventory.");
            doc.endSection();
            return;
        }
        List<List<String>> instances = new ArrayList<>();
        List<List<String>> projects = new ArrayList<>();
        Map<String, Integer> perFolder = new LinkedHashMap<>();
        Map<String, Integer> formats = new TreeMap<>();
        for (SqlServerInstance instance : estate.getInstances()) {
            int folderCount = 0;
            int projectCount = 0;
            int packageCount = instance.getMsdbPackages().size();
            if (instance.getCatalog() != null) {
                for (CatalogFolder folder : instance.getCatalog().getFolders()) {
                    folderCount++;
                    int inFolder = 0;
                    for (Project project : folder.getProjects()) {
                        projectCount++;
                        inFolder += project.getPackages().size();
                        projects.add(projectRow(instance.getName(), folder.getName(), project));
                        project.getPackages().forEach(p -> formats.merge(format(p), 1, Integer::sum));
                    }
                    packageCount += inFolder;
                    perFolder.merge(instance.getName() + " / " + folder.getName(), inFolder, Integer::sum);
                }
            }
            instance.getMsdbPackages().forEach(p -> formats.merge(format(p), 1, Integer::sum));
            instances.add(List.of(instance.getName(), Words.orDash(instance.getVersion()), Words.orDash(instance.getEdition()),
                    String.valueOf(folderCount), String.valueOf(projectCount), String.valueOf(packageCount),
                    String.valueOf(instance.getJobs().size()), String.valueOf(ssisJobs(instance))));
        }
        int filePackages = estate.getFilePackages().size();
        for (Project project : estate.getFileProjects()) {
            projects.add(projectRow("File system", "–", project));
            filePackages += project.getPackages().size();
            project.getPackages().forEach(p -> formats.merge(format(p), 1, Integer::sum));
        }
        estate.getFilePackages().forEach(p -> formats.merge(format(p), 1, Integer::sum));
        if (filePackages > 0) {
            perFolder.merge("File system", filePackages, Integer::sum);
        }
        doc.heading("By instance");
        doc.table("numbers", List.of("Instance", "Version", "Edition", "Folders", "Projects", "Packages", "Agent jobs", "with SSIS steps"),
                instances);
        doc.heading("By folder and project");
        doc.table(null, List.of("Instance", "Folder", "Project", "Packages", "Deployment", "Protection level"), projects);
        doc.heading("Package formats");
        List<List<String>> formatRows = new ArrayList<>();
        formats.forEach((format, count) -> formatRows.add(List.of(format, String.valueOf(count))));
        doc.table("numbers", List.of("Format", "Packages"), formatRows);
        doc.open("div", "charts");
        doc.raw(BarChart.svg("Packages per folder", perFolder));
        doc.raw(BarChart.svg("Packages per format", formats));
        doc.close("div");
        doc.endSection();
    }

    private static List<String> projectRow(String instance, String folder, Project project) {
        return List.of(instance, folder, project.getName(), String.valueOf(project.getPackages().size()),
                Words.of(project.getDeploymentModel()), project.getProtectionLevel() == null ? "–" : project.getProtectionLevel().getLiteral());
    }

    private static long ssisJobs(SqlServerInstance instance) {
        return instance.getJobs().stream().filter(InventorySection::runsSsis).count();
    }

    private static boolean runsSsis(AgentJob job) {
        for (JobStep step : job.getSteps()) {
            if (step.getSubsystem() == JobStepSubsystem.SSIS) {
                return true;
            }
        }
        return false;
    }

    /** The package file format (PackageFormatVersion) and the SQL Server versions that write it. */
    static String format(Package pkg) {
        return switch (pkg.getFormatVersion()) {
            case 8 -> "8 (SQL Server 2016 and later)";
            case 6 -> "6 (SQL Server 2012 and 2014)";
            case 3 -> "3 (SQL Server 2008 / 2008 R2)";
            case 2 -> "2 (SQL Server 2005)";
            default -> pkg.getFormatVersion() <= 0 ? "unknown" : String.valueOf(pkg.getFormatVersion());
        };
    }
}
