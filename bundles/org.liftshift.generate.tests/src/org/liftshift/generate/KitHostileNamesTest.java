package org.liftshift.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liftshift.testing.scripts.ParsedScripts.list;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liftshift.testing.scripts.ParsedScripts;
import org.liftshift.generate.internal.text.Sqlcmd;
import org.liftshift.model.estate.AgentJob;
import org.liftshift.model.estate.CatalogFolder;
import org.liftshift.model.estate.Environment;
import org.liftshift.model.estate.Package;
import org.liftshift.model.estate.Project;
import org.liftshift.model.estate.Schedule;
import org.liftshift.model.jobs.IsServerCommand;
import org.liftshift.model.plan.FolderMapping;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.DataFactory;
import org.liftshift.model.target.ManagedInstance;
import org.liftshift.samples.Samples;

import com.azure.json.JsonProviders;
import com.azure.json.JsonReader;
import com.azure.json.JsonToken;

/**
 * The whole Contoso kit with every customer name replaced by one that breaks naive scripts: quotes
 * of every kind, $ and $( ), brackets, ; -- /* comment starts, line breaks followed by GO and a
 * sqlcmd command, and non-Latin text. Every script must still parse, run the same commands as the
 * kit with plain names (nothing injected, nothing lost), and give every name back exactly.
 */
class KitHostileNamesTest {

    /** Appended to every name; each name also gets its own prefix, so each can be found again. */
    static final String HOSTILE = " O'Brien \"q\" `t $env:X $(sub) @{h=1} [b]] ;x -- /* c */ Прибыль 財務 🚀\r\nGO\n:setvar x y\n'";

    @TempDir
    static Path dir;

    static MigrationPlan plan;
    static List<KitFile> hostileKit;
    static List<KitFile> plainKit;
    static final Map<String, Set<String>> names = new TreeMap<>();
    static List<Map<String, Object>> powershell;
    static List<Map<String, Object>> plainPowershell;
    static List<Map<String, Object>> tsql;
    static List<Map<String, Object>> plainTsql;

    @BeforeAll
    static void generateBothKits() throws Exception {
        plainKit = DeploymentKit.of(Samples.CONTOSO.build()).files();
        plan = Samples.CONTOSO.build();
        rename(plan);
        hostileKit = DeploymentKit.of(plan).files();
        powershell = ParsedScripts.powershell(write("hostile", hostileKit, ".ps1"));
        plainPowershell = ParsedScripts.powershell(write("plain", plainKit, ".ps1"));
        tsql = ParsedScripts.tsql(write("hostile", hostileKit, ".sql"));
        plainTsql = ParsedScripts.tsql(write("plain", plainKit, ".sql"));
    }

    @Test
    void theKitHasTheSameFilesAsWithPlainNames() {
        assertThat(hostileKit).hasSameSizeAs(plainKit);
        assertThat(hostileKit).extracting(KitFile::path).allMatch(path -> path.chars().allMatch(c -> c < 128 && c >= 32)
                && !path.contains("..") && !path.contains("'") && !path.contains("\"")
                && Arrays.stream(path.split("/")).allMatch(part -> part.length() <= 100));
    }

    @Test
    void everyPowerShellScriptParsesAndRunsTheSameCommands() {
        for (Map<String, Object> parsed : powershell) {
            assertThat(ParsedScripts.errors(parsed)).as((String) parsed.get("file")).isEmpty();
        }
        assertThat(commandNames(powershell)).as("commands of all scripts").containsExactlyInAnyOrderElementsOf(
                commandNames(plainPowershell));
    }

    @Test
    void everyTsqlScriptParsesAndCallsTheSameProcedures() {
        for (Map<String, Object> parsed : tsql) {
            assertThat(ParsedScripts.errors(parsed)).as((String) parsed.get("file")).isEmpty();
        }
        assertThat(procedures(tsql)).as("procedures of all scripts").containsExactlyInAnyOrderElementsOf(procedures(plainTsql));
    }

    @Test
    void factoryAndRuntimeNamesReadBackExactlyFromThePowerShell() {
        Set<String> strings = new LinkedHashSet<>();
        for (Map<String, Object> parsed : powershell) {
            for (Map<String, Object> string : list(parsed.get("strings"))) {
                strings.add((String) string.get("value"));
            }
        }
        assertThat(strings).containsAll(names.get("factory")).containsAll(names.get("runtime"));
    }

    @Test
    void jobScheduleAndCatalogNamesReadBackExactlyFromTheTsql() {
        Set<Object> jobs = new LinkedHashSet<>();
        Set<Object> schedules = new LinkedHashSet<>();
        Set<String> folders = new LinkedHashSet<>();
        Set<String> projects = new LinkedHashSet<>();
        Set<String> packages = new LinkedHashSet<>();
        Set<String> servers = new LinkedHashSet<>();
        for (Map<String, Object> parsed : tsql) {
            ParsedScripts.executions(parsed, "sp_add_job").forEach(e -> jobs.add(ParsedScripts.argument(e, "@job_name")));
            ParsedScripts.executions(parsed, "sp_add_schedule")
                    .forEach(e -> schedules.add(ParsedScripts.argument(e, "@schedule_name")));
            for (Map<String, Object> step : ParsedScripts.executions(parsed, "sp_add_jobstep")) {
                if ("SSIS".equals(ParsedScripts.argument(step, "@subsystem"))) {
                    IsServerCommand command = IsServerCommand.parse(ParsedScripts.template(step, "@command")
                            .replace("«CAST(@environment_reference AS nvarchar(20))»", "1"));
                    folders.add(command.folder());
                    projects.add(command.project());
                    packages.add(command.packageName());
                    servers.add(command.server());
                }
            }
        }
        List<String> jobNames = plan.getOrchestrations().stream().filter(o -> o.getManagedInstance() != null)
                .map(o -> o.getJob().getName()).toList();
        assertThat(jobs).containsAll(jobNames);
        List<String> scheduleNames = plan.getOrchestrations().stream().filter(o -> o.getManagedInstance() != null)
                .flatMap(o -> o.getJob().getSchedules().stream()).map(Schedule::getName).toList();
        assertThat(schedules).containsAll(scheduleNames);
        assertThat(folders).isNotEmpty().isSubsetOf(names.get("folder mapping"));
        assertThat(projects).isNotEmpty().isSubsetOf(names.get("project"));
        assertThat(packages).isNotEmpty().isSubsetOf(names.get("package"));
        assertThat(servers).isNotEmpty().allMatch(server -> names.get("managed instance").stream().anyMatch(server::startsWith));
    }

    @Test
    void armTemplatesAreWellFormedJsonAndHoldTheNamesExactly() throws Exception {
        List<String> values = new ArrayList<>();
        List<KitFile> templates = hostileKit.stream().filter(f -> f.path().startsWith("arm/")).toList();
        assertThat(templates).isNotEmpty();
        for (KitFile template : templates) {
            try (JsonReader reader = JsonProviders.createReader(template.content())) {
                collectStrings(reader, values);
            }
        }
        // ARM reads a string that starts with [ as an expression unless it is written [[
        List<String> read = values.stream().map(v -> v.startsWith("[[") ? v.substring(1) : v).toList();
        assertThat(read).anyMatch(v -> names.get("factory").stream().anyMatch(v::contains));
        assertThat(read).anyMatch(v -> names.get("runtime").stream().anyMatch(v::contains));
    }

    @Test
    void theRunbookIsWellFormedHtmlThatShowsTheNames() throws Exception {
        String html = hostileKit.stream().filter(f -> f.path().equals("runbook/bcdr-runbook.html")).findFirst().orElseThrow()
                .content();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        String text = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement().getTextContent();
        // a document shows a line break as white space, and the runbook writes ` as ˋ so that it cannot open code
        assertThat(names.get("runtime")).anyMatch(name -> oneSpace(text).contains(oneSpace(name.replace('`', '\u02CB'))));
        assertThat(names.get("factory")).anyMatch(name -> oneSpace(text).contains(oneSpace(name.replace('`', '\u02CB'))));
    }

    private static String oneSpace(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static void rename(MigrationPlan plan) {
        int i = 0;
        for (TreeIterator<EObject> it = plan.eAllContents(); it.hasNext(); i++) {
            EObject object = it.next();
            if (object instanceof DataFactory factory) {
                factory.setName(name("factory", i));
            } else if (object instanceof AzureSsisIntegrationRuntime runtime) {
                runtime.setName(name("runtime", i));
            } else if (object instanceof ManagedInstance mi) {
                mi.setName(name("managed instance", i));
            } else if (object instanceof CatalogFolder folder) {
                folder.setName(name("folder", i));
            } else if (object instanceof Project project) {
                project.setName(name("project", i));
            } else if (object instanceof Package pkg) {
                pkg.setName(name("package", i));
            } else if (object instanceof AgentJob job) {
                job.setName(name("job", i));
            } else if (object instanceof Schedule schedule) {
                schedule.setName(name("schedule", i));
            } else if (object instanceof Environment environment) {
                environment.setName(name("environment", i));
            } else if (object instanceof FolderMapping mapping) {
                mapping.setTargetFolderName(name("folder mapping", i));
            }
        }
    }

    private static String name(String kind, int index) {
        String name = kind.replace(' ', '-') + index + HOSTILE;
        names.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(name);
        return name;
    }

    private static List<Path> write(String folder, List<KitFile> kit, String extension) throws Exception {
        List<Path> files = new ArrayList<>();
        for (KitFile file : kit) {
            if (file.path().endsWith(extension)) {
                Path path = dir.resolve(folder).resolve(file.path());
                Files.createDirectories(path.getParent());
                String content = extension.equals(".sql") ? Sqlcmd.preprocess(file.content(), Sqlcmd.KIT_VARIABLES)
                        : file.content();
                Files.writeString(path, content, StandardCharsets.UTF_8);
                files.add(path);
            }
        }
        return files;
    }

    private static List<String> commandNames(List<Map<String, Object>> parsed) {
        return parsed.stream().flatMap(p -> ParsedScripts.commandNames(p).stream()).toList();
    }

    private static List<String> procedures(List<Map<String, Object>> parsed) {
        return parsed.stream().flatMap(p -> list(p.get("executions")).stream()).map(e -> String.valueOf(e.get("procedure")))
                .toList();
    }

    private static void collectStrings(JsonReader reader, Collection<String> values) throws Exception {
        JsonToken token;
        while ((token = reader.nextToken()) != null && token != JsonToken.END_DOCUMENT) {
            if (token == JsonToken.STRING) {
                values.add(reader.getString());
            }
        }
    }
}
