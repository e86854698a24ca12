package org.liftshift.generate.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liftshift.testing.scripts.ParsedScripts.list;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liftshift.testing.scripts.ScriptParsers;

/**
 * Customer names that break naive scripts, written the way the generators write them and read back
 * through the real PowerShell and T-SQL grammars: they must parse, and read back exactly.
 */
class HostileNamesTest {

    static final List<String> NAMES = List.of("Sales", "O'Brien", "a''b", "double \"quoted\"", "back`tick `n",
            "$env:USERNAME", "$(Get-Date)", "@{hash=1}", "[bracket]", "a]]b", "semi;colon", "dash -- comment",
            "slash /* comment */ end", "line\nbreak", "carriage\r\nreturn", "GO\nGO", ":setvar x y\nGO",
            "tab\there", "Прибыль 財務 Ümlaut é", "rocket 🚀", "‘curly’ ‚low‛ quotes", "end with quote'", "'",
            "", " leading and trailing ", "$(sqlcmd)var", "100% & <xml/>", "\\\\fileserver\\share\\d$");

    @TempDir
    Path dir;

    @Test
    void powerShellStringsParseAndReadBackExactly() throws Exception {
        StringBuilder script = new StringBuilder("$ErrorActionPreference = 'Stop'\n");
        for (String name : NAMES) {
            script.append("Set-AzDataFactoryV2 -ResourceGroupName 'rg-ssis' -Name ").append(PowerShellText.quote(name))
                    .append(" -Location 'westeurope' -Force\n");
        }
        Path file = write("names.ps1", script.toString());

        Map<String, Object> parsed = ScriptParsers.powershell(file).get(0);

        assertThat(list(parsed.get("errors"))).isEmpty();
        List<Map<String, Object>> commands = list(parsed.get("commands"));
        assertThat(commands).hasSize(NAMES.size());
        for (int i = 0; i < NAMES.size(); i++) {
            assertThat(valueAfter(commands.get(i), "Name")).as("name %d", i).isEqualTo(NAMES.get(i));
        }
    }

    @Test
    void tsqlValuesParseAndReadBackExactly() throws Exception {
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < NAMES.size(); i++) {
            script.append(TsqlText.declare("@job_name", NAMES.get(i))).append('\n')
                    .append("EXEC msdb.dbo.sp_add_job @job_name = @job_name, @enabled = 1;\nGO\n");
        }
        Path file = write("names.sql", script.toString());

        Map<String, Object> parsed = ScriptParsers.tsql(file).get(0);

        assertThat(list(parsed.get("errors"))).isEmpty();
        List<Map<String, Object>> executions = list(parsed.get("executions"));
        assertThat(executions).hasSize(NAMES.size());
        for (int i = 0; i < NAMES.size(); i++) {
            Map<String, Object> argument = list(executions.get(i).get("arguments")).get(0);
            assertThat(argument.get("value")).as("name %d", i).isEqualTo(NAMES.get(i));
        }
    }

    @Test
    void noCustomerTextReachesWhatSqlcmdRewrites() {
        for (String name : NAMES) {
            String literal = TsqlText.literal(name);
            assertThat(literal).as("literal of %s", name.replace("\n", "\\n")).doesNotContain("$(").doesNotContain("\n")
                    .doesNotContain("\r");
        }
    }

    @Test
    void identifiersParseAndReadBackExactly() throws Exception {
        List<String> identifiers = NAMES.stream().filter(n -> !n.isEmpty() && n.chars().noneMatch(Character::isISOControl)
                && !n.contains("$(")).toList();
        StringBuilder script = new StringBuilder();
        for (String name : identifiers) {
            script.append("USE ").append(TsqlText.identifier(name)).append(";\n");
        }
        Path file = write("identifiers.sql", script.toString());

        Map<String, Object> parsed = ScriptParsers.tsql(file).get(0);

        assertThat(list(parsed.get("errors"))).isEmpty();
        assertThat(list(parsed.get("identifiers"))).extracting(id -> id.get("value")).containsExactlyElementsOf(identifiers);
    }

    @Test
    void identifiersSqlcmdWouldBreakAreRefusedWithTheReason() {
        assertThatThrownBy(() -> TsqlText.identifier("line\nbreak")).hasMessageContaining("control character");
        assertThatThrownBy(() -> TsqlText.identifier("a$(b)")).hasMessageContaining("sqlcmd");
        assertThatThrownBy(() -> TsqlText.identifier("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> TsqlText.declare("@bad name", "x")).hasMessageContaining("variable");
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static Object valueAfter(Map<String, Object> command, String parameter) {
        List<Map<String, Object>> elements = list(command.get("elements"));
        for (int i = 0; i + 1 < elements.size(); i++) {
            if ("parameter".equals(elements.get(i).get("kind")) && parameter.equals(elements.get(i).get("name"))) {
                return elements.get(i + 1).get("value");
            }
        }
        throw new AssertionError("no -" + parameter + " in " + command);
    }
}
