package org.liftshift.azure.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.liftshift.azure.deploy.DeploymentAction.Kind;
import org.liftshift.azure.deploy.JsonDifferences.Difference;
import org.liftshift.model.navigation.AzureResources;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.ManagedInstance;
import org.liftshift.model.target.NetworkSecurityGroup;
import org.liftshift.model.target.SecurityRule;
import org.liftshift.model.target.Subnet;
import org.liftshift.validate.NetworkRequirements;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.management.exception.ManagementError;
import com.azure.core.management.exception.ManagementException;
import com.azure.core.util.Context;
import com.azure.json.JsonProviders;
import com.azure.json.JsonReader;
import com.azure.json.JsonWriter;

/**
 * The network security rules an integration runtime needs, deployed to the NSGs of its subnet and of
 * its SSISDB's Managed Instance: the rules the design declares, and the rules the design requires but
 * does not declare yet (NET-10, EP-1, EP-3, EP-4), at the first free priorities. Each rule is read
 * first and written only when it is missing or differs.
 */
public final class SecurityRuleDeployment {

    static final String API_VERSION = "2024-05-01";

    private final AzureConnection connection;
    private HttpPipeline pipeline;

    public SecurityRuleDeployment(AzureConnection connection) {
        this.connection = connection;
    }

    /** The rules of each NSG the runtime depends on, as they should be in Azure. */
    static Map<NetworkSecurityGroup, List<SecurityRule>> desired(AzureSsisIntegrationRuntime runtime) {
        Map<NetworkSecurityGroup, List<SecurityRule>> rules = new LinkedHashMap<>();
        List<Subnet> subnets = new ArrayList<>();
        if (runtime.getVnetInjection() != null && runtime.getVnetInjection().getSubnet() != null) {
            subnets.add(runtime.getVnetInjection().getSubnet());
        }
        if (runtime.getCatalog() != null && runtime.getCatalog().getHost() instanceof ManagedInstance mi && mi.getSubnet() != null) {
            subnets.add(mi.getSubnet());
        }
        for (Subnet subnet : subnets) {
            NetworkSecurityGroup nsg = subnet.getNetworkSecurityGroup();
            if (nsg != null && !rules.containsKey(nsg)) {
                rules.put(nsg, new ArrayList<>(nsg.getRules()));
            }
        }
        NetworkRequirements.missingRules(runtime).forEach((nsg, missing) -> rules.computeIfAbsent(nsg, n -> new ArrayList<>()).addAll(missing));
        return rules;
    }

    /** What would be written, from GET requests only. */
    public List<DeploymentAction> plan(AzureSsisIntegrationRuntime runtime) {
        List<DeploymentAction> actions = new ArrayList<>();
        desired(runtime).forEach((nsg, rules) -> {
            for (SecurityRule rule : rules) {
                String id = ruleId(nsg, rule);
                String body = body(rule);
                String current = get(url(nsg, rule));
                if (current == null) {
                    actions.add(new DeploymentAction(Kind.CREATE_SECURITY_RULE, id, "the rule does not exist"));
                } else {
                    List<Difference> differences = JsonDifferences.between(body, current);
                    if (!differences.isEmpty()) {
                        actions.add(new DeploymentAction(Kind.UPDATE_SECURITY_RULE, id,
                                differences.stream().map(Difference::toString).reduce((a, b) -> a + "; " + b).orElse("")));
                    }
                }
            }
        });
        return actions;
    }

    /** Writes the missing and differing rules, waiting for each to be provisioned. */
    public List<DeploymentAction> apply(AzureSsisIntegrationRuntime runtime, IProgressMonitor monitor) {
        List<DeploymentAction> actions = plan(runtime);
        SubMonitor progress = SubMonitor.convert(monitor, "Network security rules of " + runtime.getName(), actions.size());
        Map<String, SecurityRule> byId = new LinkedHashMap<>();
        Map<String, String> urls = new LinkedHashMap<>();
        desired(runtime).forEach((nsg, rules) -> rules.forEach(rule -> {
            byId.put(ruleId(nsg, rule), rule);
            urls.put(ruleId(nsg, rule), url(nsg, rule));
        }));
        for (DeploymentAction action : actions) {
            progress.subTask(action.kind().text() + " " + action.resourceId());
            SubMonitor step = progress.split(1);
            try {
                put(urls.get(action.resourceId()), body(byId.get(action.resourceId())), step);
            } catch (ManagementException e) {
                throw DeploymentException.refused(action, e);
            }
        }
        return actions;
    }

    private static String ruleId(NetworkSecurityGroup nsg, SecurityRule rule) {
        return AzureResources.resourceId(nsg, "Microsoft.Network/networkSecurityGroups/" + nsg.getName()) + "/securityRules/"
                + rule.getName();
    }

    /** The rule as Azure Resource Manager takes it; one port range goes in destinationPortRange, several in the list. */
    static String body(SecurityRule rule) {
        try (java.io.StringWriter text = new java.io.StringWriter(); JsonWriter json = JsonProviders.createWriter(text)) {
            json.writeStartObject().writeStartObject("properties");
            json.writeStringField("protocol", rule.getProtocol().getLiteral());
            json.writeStringField("sourceAddressPrefix", rule.getSourceAddressPrefix());
            json.writeStringField("sourcePortRange", DesignNavigation.hasText(rule.getSourcePortRange()) ? rule.getSourcePortRange() : "*");
            json.writeStringField("destinationAddressPrefix", rule.getDestinationAddressPrefix());
            if (rule.getDestinationPortRanges().size() == 1) {
                json.writeStringField("destinationPortRange", rule.getDestinationPortRanges().get(0));
            } else {
                json.writeStartArray("destinationPortRanges");
                for (String range : rule.getDestinationPortRanges()) {
                    json.writeString(range);
                }
                json.writeEndArray();
            }
            json.writeStringField("access", rule.getAccess().getLiteral());
            json.writeIntField("priority", rule.getPriority());
            json.writeStringField("direction", rule.getDirection().getLiteral());
            if (DesignNavigation.hasText(rule.getDescription())) {
                json.writeStringField("description", rule.getDescription());
            }
            json.writeEndObject().writeEndObject().flush();
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rule's JSON, or null when it does not exist. */
    private String get(String url) {
        try (HttpResponse response = send(new HttpRequest(HttpMethod.GET, url))) {
            if (response.getStatusCode() == 404) {
                return null;
            }
            String body = response.getBodyAsBinaryData().toString();
            if (response.getStatusCode() >= 400) {
                throw refusal(response, body);
            }
            return body;
        }
    }

    private void put(String url, String body, SubMonitor monitor) {
        HttpRequest request = new HttpRequest(HttpMethod.PUT, url).setHeader(HttpHeaderName.CONTENT_TYPE, "application/json")
                .setBody(body.getBytes(StandardCharsets.UTF_8));
        String operation;
        Duration wait;
        try (HttpResponse response = send(request)) {
            String answer = response.getBodyAsBinaryData().toString();
            if (response.getStatusCode() >= 400) {
                throw refusal(response, answer);
            }
            operation = response.getHeaderValue(HttpHeaderName.fromString("Azure-AsyncOperation"));
            wait = retryAfter(response);
        }
        while (operation != null) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            sleep(wait);
            try (HttpResponse poll = send(new HttpRequest(HttpMethod.GET, operation))) {
                String answer = poll.getBodyAsBinaryData().toString();
                String status = JsonFields.text(answer, "status");
                if ("Succeeded".equalsIgnoreCase(status)) {
                    return;
                }
                if ("Failed".equalsIgnoreCase(status) || "Canceled".equalsIgnoreCase(status) || poll.getStatusCode() >= 400) {
                    throw refusal(poll, answer);
                }
                monitor.setWorkRemaining(100).worked(1);
                wait = retryAfter(poll);
            }
        }
    }

    private HttpResponse send(HttpRequest request) {
        if (pipeline == null) {
            pipeline = connection.pipeline();
        }
        return pipeline.sendSync(request, Context.NONE);
    }

    /** The rule's address: each name is escaped, so that no name from the design can change the path or add to the query. */
    private String url(NetworkSecurityGroup nsg, SecurityRule rule) {
        return connection.resourceManager() + Stream.of("subscriptions", DesignNavigation.subscriptionOf(nsg).getSubscriptionId(),
                "resourceGroups", DesignNavigation.groupOf(nsg).getName(), "providers", "Microsoft.Network", "networkSecurityGroups",
                nsg.getName(), "securityRules", rule.getName())
                .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/")) + "?api-version=" + API_VERSION;
    }

    private Duration retryAfter(HttpResponse response) {
        String seconds = response.getHeaderValue(HttpHeaderName.RETRY_AFTER);
        return seconds == null ? connection.pollInterval() : Duration.ofSeconds(Long.parseLong(seconds.trim()));
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
    }

    /** Azure's error, as the management libraries report it. */
    private static ManagementException refusal(HttpResponse response, String body) {
        ManagementError error = null;
        try (JsonReader reader = JsonProviders.createReader(body)) {
            reader.nextToken();
            reader.nextToken();
            if ("error".equals(reader.getFieldName())) {
                reader.nextToken();
                error = ManagementError.fromJson(reader);
            }
        } catch (IOException | RuntimeException e) {
            // not an Azure error document: the status says enough
        }
        return new ManagementException("Status code " + response.getStatusCode() + (error == null ? "" : ", " + error.getMessage()),
                response, error);
    }
}
