package org.liftshift.azure.arm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liftshift.model.navigation.AzureResources;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.DataFactory;
import org.liftshift.model.target.ManagedIdentityKind;
import org.liftshift.model.target.SecretReference;

import com.azure.json.JsonProviders;
import com.azure.json.JsonReader;
import com.azure.json.JsonSerializable;
import com.azure.resourcemanager.datafactory.models.ManagedIdentityCredential;

/**
 * The ARM deployment template of one data factory: the factory with its managed identity, the
 * credential of each user-assigned identity an IR uses, and every Azure-SSIS IR with all its
 * properties, built from the Azure SDK's model classes. Secrets are {@code securestring}
 * parameters; the template never holds a value. Customer strings that begin with {@code [} are
 * escaped as {@code [[} so that Resource Manager does not evaluate them as expressions.
 */
public final class ArmTemplate {

    public static final String SCHEMA = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";
    public static final String API_VERSION = "2018-06-01";

    /** A {@code securestring} parameter of the template and the design's reference to its value. */
    public record SecretParameter(String name, SecretReference secret, String description) {
    }

    private final DataFactory factory;
    private final List<SecretParameter> parameters = new ArrayList<>();
    private final Set<String> expressions = new LinkedHashSet<>();
    private final String json;

    private ArmTemplate(DataFactory factory) {
        this.factory = factory;
        this.json = render();
    }

    public static ArmTemplate of(DataFactory factory) {
        return new ArmTemplate(factory);
    }

    public String json() {
        return json;
    }

    public List<SecretParameter> parameters() {
        return List.copyOf(parameters);
    }

    public DataFactory factory() {
        return factory;
    }

    private String render() {
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("$schema", SCHEMA);
        template.put("contentVersion", "1.0.0.0");
        Map<String, Object> parameterSection = new LinkedHashMap<>();
        template.put("parameters", parameterSection);
        List<Object> children = new ArrayList<>();
        Set<String> credentials = new LinkedHashSet<>();
        int index = 0;
        for (AzureSsisIntegrationRuntime runtime : factory.getIntegrationRuntimes()) {
            String prefix = "ir" + ++index;
            SecretValues secrets = (secret, purpose) -> parameter(prefix + Character.toUpperCase(purpose.charAt(0))
                    + purpose.substring(1), secret, purpose + " of " + runtime.getName());
            Map<String, Object> resource = new LinkedHashMap<>();
            resource.put("type", "integrationRuntimes");
            resource.put("apiVersion", API_VERSION);
            resource.put("name", runtime.getName());
            List<Object> dependsOn = new ArrayList<>(List.of(factory.getName()));
            if (runtime.getCredential() != null) {
                String credential = IntegrationRuntimeDefinitions.credentialName(runtime);
                dependsOn.add(credential);
                if (credentials.add(credential)) {
                    children.add(credential(credential, runtime));
                }
            }
            resource.put("dependsOn", dependsOn);
            resource.put("properties", untyped(IntegrationRuntimeDefinitions.of(runtime, secrets)));
            children.add(resource);
        }
        for (SecretParameter parameter : parameters) {
            parameterSection.put(parameter.name(), Map.of("type", "securestring", "metadata",
                    Map.of("description", parameter.description())));
        }
        Map<String, Object> factoryResource = new LinkedHashMap<>();
        factoryResource.put("type", "Microsoft.DataFactory/factories");
        factoryResource.put("apiVersion", API_VERSION);
        factoryResource.put("name", factory.getName());
        factoryResource.put("location", DesignNavigation.hasText(factory.getRegion()) ? factory.getRegion()
                : DesignNavigation.groupOf(factory).getRegion());
        factoryResource.put("identity", identity());
        factoryResource.put("properties", new LinkedHashMap<>());
        factoryResource.put("resources", children);
        template.put("resources", List.of(factoryResource));
        StringBuilder out = new StringBuilder();
        write(template, "", out);
        return out.append('\n').toString();
    }

    private Map<String, Object> identity() {
        Map<String, Object> identity = new LinkedHashMap<>();
        ManagedIdentityKind kind = factory.getManagedIdentity();
        if (kind != ManagedIdentityKind.SYSTEM_ASSIGNED && factory.getUserAssignedIdentity() != null) {
            identity.put("type", kind == ManagedIdentityKind.USER_ASSIGNED ? "UserAssigned" : "SystemAssigned,UserAssigned");
            identity.put("userAssignedIdentities", Map.of(AzureResources.identityId(factory.getUserAssignedIdentity()),
                    new LinkedHashMap<>()));
        } else {
            identity.put("type", "SystemAssigned");
        }
        return identity;
    }

    private Map<String, Object> credential(String name, AzureSsisIntegrationRuntime runtime) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("type", "credentials");
        resource.put("apiVersion", API_VERSION);
        resource.put("name", name);
        resource.put("dependsOn", List.of(factory.getName()));
        resource.put("properties", untyped(new ManagedIdentityCredential()
                .withResourceId(AzureResources.identityId(runtime.getCredential()))));
        return resource;
    }

    private String parameter(String name, SecretReference secret, String description) {
        String expression = "[parameters('" + name + "')]";
        if (expressions.add(expression)) {
            parameters.add(new SecretParameter(name, secret, description));
        }
        return expression;
    }

    private static Object untyped(JsonSerializable<?> model) {
        try (JsonReader reader = JsonProviders.createReader(ArmJson.write(model))) {
            reader.nextToken();
            return reader.readUntyped();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indented JSON with stable key order; customer strings starting with [ are escaped. */
    private void write(Object value, String indent, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(indent).append("  ");
                string(String.valueOf(entry.getKey()), out);
                out.append(": ");
                write(entry.getValue(), indent + "  ", out);
                out.append(++i < map.size() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                out.append(indent).append("  ");
                write(list.get(i), indent + "  ", out);
                out.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else if (value instanceof String text) {
            string(text.startsWith("[") && !expressions.contains(text) ? "[" + text : text, out);
        } else {
            out.append(value);
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
