package org.liftshift.generate.internal.powershell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liftshift.generate.internal.text.CmdletContract;
import org.liftshift.testing.scripts.ParsedScripts;
import org.liftshift.samples.ContosoSample;
import org.liftshift.samples.Samples;

class NetworkScriptTest {

    @TempDir
    Path dir;

    @Test
    void theContosoScriptParsesAndMatchesTheCmdletReference() throws Exception {
        Map<String, Object> parsed = parse(NetworkScript.render(Samples.CONTOSO.build()));

        assertThat(ParsedScripts.errors(parsed)).isEmpty();
        assertThat(CmdletContract.load().violations(parsed)).isEmpty();
    }

    @Test
    void everyTopologyGetsTheRulesItNeeds() throws Exception {
        Map<String, Object> parsed = parse(NetworkScript.render(Samples.CONTOSO.build()));
        List<Map<String, Object>> added = ParsedScripts.commands(parsed, "Add-AzNetworkSecurityRuleConfig");

        assertThat(added).extracting(c -> ParsedScripts.value(c, "Name")).contains("Liftshift-BatchNodeManagement",
                "Liftshift-AzureCloud", "Liftshift-Ssisdb", "Liftshift-CustomSetupStorage",
                "Liftshift-SsisdbFromVirtualNetwork", "Liftshift-PublicEndpointFromAzure");
        Map<String, Object> publicEndpoint = added.stream()
                .filter(c -> "Liftshift-PublicEndpointFromAzure".equals(ParsedScripts.value(c, "Name"))).findFirst().orElseThrow();
        assertThat(ParsedScripts.value(publicEndpoint, "SourceAddressPrefix")).isEqualTo("AzureCloud");
        assertThat(ParsedScripts.value(publicEndpoint, "DestinationPortRange")).isEqualTo("3342");
        assertThat(ParsedScripts.value(publicEndpoint, "Direction")).isEqualTo("Inbound");
    }

    @Test
    void prioritiesAvoidTheRulesTheDesignDeclares() {
        ContosoSample sample = ContosoSample.build();
        sample.financeIrNsg.getRules().get(0).setPriority(NetworkScript.FIRST_PRIORITY);

        String script = NetworkScript.render(sample.plan);

        String section = script.substring(script.indexOf("'" + sample.financeIrNsg.getName() + "'"));
        section = section.substring(0, section.indexOf("Set-AzNetworkSecurityGroup"));
        assertThat(section).doesNotContain("-Priority " + NetworkScript.FIRST_PRIORITY + " ")
                .contains("-Priority " + (NetworkScript.FIRST_PRIORITY + 10));
        // every rule appears twice (Set- and Add-), so each priority must appear exactly twice
        Map<String, Integer> priorities = new java.util.TreeMap<>();
        for (String line : section.split("\n")) {
            if (line.trim().startsWith("-Priority ")) {
                priorities.merge(line.trim(), 1, Integer::sum);
            }
        }
        assertThat(priorities).isNotEmpty().allSatisfy((priority, count) -> assertThat(count).as(priority).isEqualTo(2));
    }

    private Map<String, Object> parse(String script) throws Exception {
        Path file = dir.resolve("20-network.ps1");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        return ParsedScripts.powershell(file);
    }
}
