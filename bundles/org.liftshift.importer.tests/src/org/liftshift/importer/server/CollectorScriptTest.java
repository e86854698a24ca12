package org.liftshift.importer.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liftshift.testing.scripts.ParsedScripts;

/**
 * The shipped collector script and every discovery query, read by the ANTLR T-SQL grammar: they
 * parse, they only read, and the collector runs each query's text unchanged in its database.
 */
class CollectorScriptTest {

    /** What a read-only script may contain: declarations, SET, IF/BEGIN, EXEC of sp_executesql and SELECT. */
    private static final Set<String> READ_ONLY = Set.of("another_statement/declare_statement", "another_statement/set_statement",
            "cfl_statement/if_statement", "cfl_statement/block_statement", "another_statement/execute_statement",
            "dml_clause/select_statement_standalone");

    private static final Path SHIPPED = Path.of("../org.liftshift.importer/collector/liftshift-collect.sql");

    /** The grammar takes seconds per run: the script is parsed once for all tests. */
    private static Map<String, Object> parsed;

    @TempDir
    Path dir;

    @BeforeAll
    static void parseTheShippedScript() throws Exception {
        parsed = ParsedScripts.tsql(SHIPPED);
    }

    @Test
    void theCollectorParsesAndOnlyReads() {

        assertThat(ParsedScripts.errors(parsed)).isEmpty();
        assertThat(ParsedScripts.statementKinds(parsed)).isNotEmpty().allMatch(READ_ONLY::contains);
        assertThat(ParsedScripts.executions(parsed, "")).extracting(e -> e.get("procedure"))
                .allMatch(p -> p.equals("SSISDB.sys.sp_executesql") || p.equals("msdb.sys.sp_executesql"));
    }

    @Test
    void theCollectorRunsEveryDiscoveryQueryUnchangedInItsDatabase() {
        List<Map<String, Object>> executions = ParsedScripts.executions(parsed, "sp_executesql");

        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (DiscoveryQuery query : DiscoveryQuery.values()) {
            expected.add(query.database().sqlName() + ": SET @json = (" + query.sql() + " FOR JSON PATH, INCLUDE_NULL_VALUES);");
        }
        for (Map<String, Object> execution : executions) {
            String procedure = (String) execution.get("procedure");
            actual.add(procedure.substring(0, procedure.indexOf('.')) + ": " + ParsedScripts.positional(execution).get(0));
            assertThat(ParsedScripts.positional(execution).get(1)).isEqualTo("@json nvarchar(max) OUTPUT");
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void eachQueryIsOneSelectAndEachBatchTheCollectorRunsParses() throws Exception {
        List<Path> queries = new ArrayList<>();
        for (DiscoveryQuery query : DiscoveryQuery.values()) {
            queries.add(Files.writeString(dir.resolve(query.key() + ".sql"), query.sql()));
        }
        // the JDBC placeholder of the one parameterised query becomes a variable for the grammar
        queries.add(Files.writeString(dir.resolve("legacy_package_data.sql"), DiscoveryQuery.LEGACY_PACKAGE_DATA.replace("?", "@id")));
        List<Path> batches = new ArrayList<>();
        for (Map<String, Object> execution : ParsedScripts.executions(parsed, "sp_executesql")) {
            batches.add(Files.writeString(dir.resolve("batch" + batches.size() + ".sql"),
                    "DECLARE @json nvarchar(max);\n" + ParsedScripts.positional(execution).get(0)));
        }

        List<Path> all = new ArrayList<>(queries);
        all.addAll(batches);
        List<Map<String, Object>> results = ParsedScripts.tsql(all);
        List<Map<String, Object>> parsedQueries = results.subList(0, queries.size());
        List<Map<String, Object>> parsedBatches = results.subList(queries.size(), results.size());

        assertThat(parsedQueries).hasSize(DiscoveryQuery.values().length + 1).allSatisfy(query -> {
            assertThat(ParsedScripts.errors(query)).as((String) query.get("file")).isEmpty();
            assertThat(ParsedScripts.statementKinds(query)).containsExactly("dml_clause/select_statement_standalone");
        });
        assertThat(parsedBatches).hasSize(DiscoveryQuery.values().length).allSatisfy(batch -> {
            assertThat(ParsedScripts.errors(batch)).as((String) batch.get("file")).isEmpty();
            assertThat(ParsedScripts.statementKinds(batch)).containsExactly("another_statement/declare_statement",
                    "another_statement/set_statement");
        });
    }
}
