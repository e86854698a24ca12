package org.liftshift.model.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liftshift.model.estate.JobStep;
import org.liftshift.model.estate.JobStepSubsystem;
import org.liftshift.model.estate.Package;
import org.liftshift.model.estate.Parameter;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.ManagedInstance;

class MigrationFilesTest {

    @TempDir
    Path dir;

    @Test
    void roundTripsAPlanAcrossAllThreePackages() throws IOException {
        Path file = dir.resolve("contoso.liftshift");
        MigrationFiles.save(TestPlans.small(), file);

        MigrationPlan loaded = MigrationFiles.load(file);

        Package pkg = loaded.getEstate().getInstances().get(0).getCatalog().getFolders().get(0).getProjects().get(0)
                .getPackages().get(0);
        assertThat(pkg.getName()).isEqualTo(TestPlans.PACKAGE_NAME);
        assertThat(loaded.getEstate().getInstances().get(0).getJobs().get(0).getSteps().get(0).getPackage())
                .as("cross-reference inside the estate").isSameAs(pkg);
        ManagedInstance mi = loaded.getOrchestrations().get(0).getManagedInstance();
        assertThat(mi.getName()).isEqualTo("sqlmi-contoso");
        assertThat(loaded.getTarget().getSubscriptions().get(0).getResourceGroups().get(0).getDataFactories().get(0)
                .getIntegrationRuntimes().get(0).getCatalog().getHost()).as("plan and target share objects").isSameAs(mi);
        assertThat(loaded.getFormatVersion()).isEqualTo(MigrationFiles.FORMAT_VERSION);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("formatVersion=\"1\"");
    }

    @Test
    void twoSavesOfTheSameModelAreByteIdentical() throws IOException {
        Path first = dir.resolve("a.liftshift");
        Path second = dir.resolve("b.liftshift");
        MigrationFiles.save(TestPlans.small(), first);

        MigrationPlan loaded = MigrationFiles.load(first);
        MigrationFiles.save(loaded, second);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void saveKeepsThePreviousContentAsBackupAndLeavesNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("plan.liftshift");
        MigrationPlan plan = TestPlans.small();
        MigrationFiles.save(plan, file);
        byte[] firstContent = Files.readAllBytes(file);

        plan.setName("Renamed");
        MigrationFiles.save(plan, file);

        assertThat(Files.readAllBytes(dir.resolve("plan.liftshift.bak"))).isEqualTo(firstContent);
        assertThat(Files.readString(file)).contains("name=\"Renamed\"");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("plan.liftshift",
                    "plan.liftshift.bak");
        }
    }

    @Test
    void saveKeepsThePermissionsOfTheUsersFile() throws IOException {
        Path file = dir.resolve("plan.liftshift");
        MigrationFiles.save(TestPlans.small(), file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        MigrationFiles.save(TestPlans.small(), file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw----");
    }

    @Test
    void refusesToSaveSensitiveValuesAndLeavesTheFileAlone() throws IOException {
        Path file = dir.resolve("plan.liftshift");
        MigrationPlan plan = TestPlans.small();
        MigrationFiles.save(plan, file);
        byte[] before = Files.readAllBytes(file);
        Parameter apiKey = plan.getEstate().getInstances().get(0).getCatalog().getFolders().get(0).getProjects().get(0)
                .getPackages().get(0).getParameters().get(0);
        apiKey.setValue("s3cr3t-value");

        assertThatThrownBy(() -> MigrationFiles.save(plan, file)).isInstanceOf(MigrationFileException.class)
                .hasMessageContaining("sensitive parameter ApiKey").hasMessageNotContaining("s3cr3t-value");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve("plan.liftshift.bak")).doesNotExist();
    }

    @Test
    void refusesToSaveCharactersXmlCannotHoldNamingTheObjectAndLeavesTheFileAlone() throws IOException {
        Path file = dir.resolve("plan.liftshift");
        MigrationPlan plan = TestPlans.small();
        MigrationFiles.save(plan, file);
        byte[] before = Files.readAllBytes(file);
        plan.getEstate().getInstances().get(0).getCatalog().getFolders().get(0).setName("Fin\u0007ance \uD83D\uDE80");

        assertThatThrownBy(() -> MigrationFiles.save(plan, file)).isInstanceOf(MigrationFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining(".name (U+0007)")
                .hasMessageContaining("remove those characters");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);

        plan.getEstate().getInstances().get(0).getCatalog().getFolders().get(0).setName("Finance \uD83D\uDE80 \u202E");
        MigrationFiles.save(plan, file);
        assertThat(MigrationFiles.load(file).getEstate().getInstances().get(0).getCatalog().getFolders().get(0).getName())
                .as("any other Unicode name round-trips").isEqualTo("Finance \uD83D\uDE80 \u202E");
    }

    @Test
    void refusesToSaveAPasswordPassedInAJobStepCommand() throws IOException {
        Path file = dir.resolve("plan.liftshift");
        MigrationPlan plan = TestPlans.small();
        JobStep step = plan.getEstate().getInstances().get(0).getJobs().get(0).getSteps().get(0);
        step.setSubsystem(JobStepSubsystem.SSIS);
        step.setCommand("/ISSERVER \"\\\"\\SSISDB\\F\\P\\K.dtsx\\\"\" /Par \"\\\"CM.Source.ConnectionString\\\"\";"
                + "\"\\\"Data Source=x;Password=s3cr3t-value;\\\"\"");

        assertThatThrownBy(() -> MigrationFiles.save(plan, file)).isInstanceOf(MigrationFileException.class)
                .hasMessageContaining("override CM.Source.ConnectionString").hasMessageNotContaining("s3cr3t-value");
        assertThat(file).doesNotExist();
    }

    @Test
    void aTruncatedFileIsReportedWithItsPositionAndNotTouched() throws IOException {
        Path file = dir.resolve("plan.liftshift");
        MigrationFiles.save(TestPlans.small(), file);
        byte[] full = Files.readAllBytes(file);
        byte[] truncated = java.util.Arrays.copyOf(full, full.length * 2 / 3);
        Files.write(file, truncated);

        MigrationFileException error = loadFailure(file);

        assertThat(error.line()).isGreaterThan(1);
        assertThat(error.getMessage()).startsWith(file + ":" + error.line() + ":").contains("not well-formed XML")
                .contains("plan.liftshift.bak");
        assertThat(Files.readAllBytes(file)).isEqualTo(truncated);
    }

    @Test
    void aFileFromANewerLiftshiftIsRefusedBeforeParsingItsContent() throws IOException {
        Path file = dir.resolve("future.liftshift");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <plan:MigrationPlan xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:plan="http://liftshift.org/model/plan/1.0" name="x" formatVersion="7">
                  <somethingNew/>
                </plan:MigrationPlan>
                """);

        assertThat(loadFailure(file).getMessage()).contains("format version 7").contains("newer Liftshift")
                .contains("was not changed");
    }

    @Test
    void unknownContentIsReportedWithLineAndColumn() throws IOException {
        Path file = dir.resolve("edited.liftshift");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <plan:MigrationPlan xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:plan="http://liftshift.org/model/plan/1.0" name="x">
                  <notAFeature/>
                </plan:MigrationPlan>
                """);

        MigrationFileException error = loadFailure(file);

        assertThat(error.line()).isEqualTo(4);
        assertThat(error.getMessage()).contains("notAFeature");
    }

    @Test
    void aDifferentKindOfXmlFileIsRecognised() throws IOException {
        Path file = dir.resolve("pom.liftshift");
        Files.writeString(file, "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"/>");

        assertThat(loadFailure(file).getMessage()).contains("not a Liftshift migration plan");
    }

    @Test
    void externalEntitiesAreNeverResolved() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        Path file = dir.resolve("xxe.liftshift");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plan [ <!ENTITY leak SYSTEM "%s"> ]>
                <plan:MigrationPlan xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:plan="http://liftshift.org/model/plan/1.0" name="&leak;"/>
                """.formatted(secret.toUri()));

        MigrationFileException error = loadFailure(file);

        assertThat(error.getMessage()).contains("DOCTYPE").doesNotContain("TOP-SECRET");
    }

    @Test
    void emptyAndMissingFilesAreClearErrors() throws IOException {
        Path empty = dir.resolve("empty.liftshift");
        Files.write(empty, new byte[0]);
        assertThat(loadFailure(empty).getMessage()).contains("empty.liftshift");
        assertThat(loadFailure(dir.resolve("missing.liftshift")).getMessage()).contains("does not exist");
    }

    @Test
    void olderFormatsAreUpgradedInMemoryByTheUpgradeHook() throws IOException {
        Path file = dir.resolve("old.liftshift");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <plan:MigrationPlan xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:plan="http://liftshift.org/model/plan/1.0" name="old" formatVersion="0"/>
                """);
        byte[] before = Files.readAllBytes(file);
        FormatUpgrade zeroToOne = new FormatUpgrade() {
            @Override
            public int fromVersion() {
                return 0;
            }

            @Override
            public void upgrade(MigrationPlan plan) {
                plan.setDescription("upgraded from format 0");
            }
        };

        MigrationPlan plan = MigrationFiles.load(file, List.of(zeroToOne));

        assertThat(plan.getDescription()).isEqualTo("upgraded from format 0");
        assertThat(plan.getFormatVersion()).isEqualTo(MigrationFiles.FORMAT_VERSION);
        assertThat(Files.readAllBytes(file)).as("loading never writes").isEqualTo(before);
        assertThat(loadFailure(file).getMessage()).as("without the upgrade step").contains("no upgrade from format version 0");
    }

    private static MigrationFileException loadFailure(Path file) {
        try {
            MigrationFiles.load(file);
        } catch (MigrationFileException e) {
            return e;
        }
        throw new AssertionError("expected " + file + " to fail loading");
    }
}
