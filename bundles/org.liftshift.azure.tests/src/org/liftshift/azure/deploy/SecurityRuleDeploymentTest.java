package org.liftshift.azure.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liftshift.azure.deploy.DeploymentAction.Kind;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.NetworkSecurityGroup;
import org.liftshift.model.target.SecurityRule;
import org.liftshift.samples.Samples;
import org.liftshift.testing.arm.LoopbackAzure;
import org.liftshift.testing.arm.LoopbackArm.Request;
import org.liftshift.testing.arm.LoopbackArm.Response;



/** The NSG rules of an IR's subnets deployed through Azure Resource Manager's REST API, against the loopback server. */
class SecurityRuleDeploymentTest extends LoopbackTestCase {


    private AzureSsisIntegrationRuntime runtime;

    @BeforeEach
    void design() {
        runtime = DesignNavigation.runtimes(Samples.CONTOSO.build()).get(0);
    }


    @Test
    void missingRulesAreCreatedDifferingOnesUpdatedAndMatchingOnesLeftAlone() {
        List<SecurityRule> rules = new ArrayList<>();
        Map<NetworkSecurityGroup, List<SecurityRule>> desired = SecurityRuleDeployment.desired(runtime);
        desired.values().forEach(rules::addAll);
        assertThat(desired.keySet()).extracting(NetworkSecurityGroup::getName).containsExactly("nsg-ssis-ir-weu", "nsg-sqlmi-weu");
        assertThat(rules).hasSizeGreaterThanOrEqualTo(4);
        SecurityRule same = rules.get(0);
        SecurityRule moved = rules.get(1);
        arm.on("GET", "(?i).*/securityRules/" + same.getName(), Response.json(200, deployed(same, same.getPriority())));
        arm.on("GET", "(?i).*/securityRules/" + moved.getName(), Response.json(200, deployed(moved, 4000)));
        arm.on("GET", "(?i).*/securityRules/[^/]+", Response.json(404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"not found\"}}"));
        arm.on("PUT", "(?i).*/securityRules/[^/]+", new Response(201, Map.of("Content-Type", "application/json", "Azure-AsyncOperation",
                "{base}subscriptions/x/providers/Microsoft.Network/locations/westeurope/operations/op?api-version=2024-05-01",
                "Retry-After", "0"), "{}"));
        arm.on("GET", "(?i).*/operations/op", Response.json(200, "{\"status\":\"InProgress\"}").withHeader("Retry-After", "0"),
                Response.json(200, "{\"status\":\"Succeeded\"}"));

        List<DeploymentAction> done = deployment().apply(runtime, new NullProgressMonitor());

        assertThat(done).filteredOn(a -> a.kind() == Kind.UPDATE_SECURITY_RULE).singleElement()
                .satisfies(a -> assertThat(a.reason()).contains("/properties/priority: design " + moved.getPriority() + ", Azure 4000"));
        assertThat(done).filteredOn(a -> a.kind() == Kind.CREATE_SECURITY_RULE).hasSize(rules.size() - 2);
        List<Request> puts = arm.writes();
        assertThat(puts).hasSize(rules.size() - 1).allSatisfy(put -> {
            assertThat(put.method()).isEqualTo("PUT");
            assertThat(put.query()).containsEntry("api-version", "2024-05-01");
            assertThat(put.path()).contains("/providers/Microsoft.Network/networkSecurityGroups/");
        });
        assertThat(puts).noneMatch(put -> put.path().endsWith("/" + same.getName()));
        Request update = puts.stream().filter(put -> put.path().endsWith("/" + moved.getName())).findFirst().orElseThrow();
        assertThat(JsonDifferences.between(SecurityRuleDeployment.body(moved), update.body())).isEmpty();
        assertThat(arm.requests().stream().filter(r -> r.path().endsWith("/operations/op"))).as("each write is polled to the end")
                .hasSizeGreaterThanOrEqualTo(puts.size());
    }

    @Test
    void whatIfReadsOnly() {
        arm.on("GET", "(?i).*/securityRules/[^/]+", Response.json(404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"not found\"}}"));

        assertThat(deployment().plan(runtime)).isNotEmpty().allMatch(a -> a.kind() == Kind.CREATE_SECURITY_RULE);
        assertThat(arm.writes()).isEmpty();
    }

    @Test
    void aRuleNameWithSlashesQuestionMarksAndSpacesStaysOnePathSegment() {
        SecurityRule hostile = SecurityRuleDeployment.desired(runtime).values().iterator().next().get(0);
        hostile.setName("Allow web/443?api-version=1 #ü");
        arm.on("GET", ".*", Response.json(404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"not found\"}}"));

        deployment().plan(runtime);

        assertThat(arm.requests()).anySatisfy(r -> {
            assertThat(r.path()).endsWith("/securityRules/Allow%20web%2F443%3Fapi-version%3D1%20%23%C3%BC");
            assertThat(r.query()).containsOnlyKeys("api-version").containsEntry("api-version", "2024-05-01");
        });
    }

    private static String deployed(SecurityRule rule, int priority) {
        String properties = SecurityRuleDeployment.body(rule).replace("\"priority\":" + rule.getPriority(), "\"priority\":" + priority);
        return "{\"name\":\"" + rule.getName() + "\",\"etag\":\"W/\\\"1\\\"\",\"type\":\"Microsoft.Network/networkSecurityGroups/securityRules\","
                + properties.substring(1, properties.length() - 1).replace("\"properties\":{", "\"properties\":{\"provisioningState\":\"Succeeded\",")
                + "}";
    }

    private SecurityRuleDeployment deployment() {
        return new SecurityRuleDeployment(LoopbackAzure.connection(arm, "tenant", "subscription"));
    }
}
