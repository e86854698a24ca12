package org.liftshift.azure.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.Subscription;

import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.Context;
import com.azure.json.JsonProviders;
import com.azure.json.JsonReader;

/**
 * Which Azure subscription and tenant each subscription of a design is: the design may name a
 * subscription only by its display name, or the architect may point it at another subscription. After
 * signing in, the subscriptions the identity can use are listed and one is chosen; its id and tenant
 * are then stored in the design (never a token).
 */
public final class SubscriptionChoice {

    static final String API_VERSION = "2022-12-01";

    private final Function<Subscription, AzureConnection> connector;
    private final Map<String, List<AvailableSubscription>> listed = new HashMap<>();

    /** @param connector signs in to the tenant of the subscription it is given (any tenant when it names none) */
    public SubscriptionChoice(Function<Subscription, AzureConnection> connector) {
        this.connector = connector;
    }

    /** The subscriptions of the design that hold an integration runtime, in design order. */
    public static List<Subscription> deployed(MigrationPlan plan) {
        Set<Subscription> subscriptions = new LinkedHashSet<>();
        for (AzureSsisIntegrationRuntime runtime : DesignNavigation.runtimes(plan)) {
            subscriptions.add(DesignNavigation.subscriptionOf(DesignNavigation.factoryOf(runtime)));
        }
        return List.copyOf(subscriptions);
    }

    /** A subscription is known when the design has both its id and its tenant. */
    public static boolean known(Subscription subscription) {
        return DesignNavigation.hasText(subscription.getSubscriptionId()) && DesignNavigation.hasText(subscription.getTenantId());
    }

    /**
     * Signs in as for {@code designed} and lists the subscriptions the identity can use, following
     * Azure's pages; once per tenant.
     */
    public List<AvailableSubscription> available(Subscription designed) {
        String tenant = DesignNavigation.hasText(designed.getTenantId()) ? designed.getTenantId() : "";
        List<AvailableSubscription> known = listed.get(tenant);
        if (known == null) {
            known = list(connector.apply(designed));
            listed.put(tenant, known);
        }
        return known;
    }

    private static List<AvailableSubscription> list(AzureConnection connection) {
        HttpPipeline pipeline = connection.pipeline();
        List<AvailableSubscription> found = new ArrayList<>();
        String url = connection.resourceManager() + "subscriptions?api-version=" + API_VERSION;
        while (url != null) {
            try (HttpResponse response = pipeline.sendSync(new HttpRequest(HttpMethod.GET, url), Context.NONE)) {
                String body = response.getBodyAsBinaryData().toString();
                if (response.getStatusCode() >= 400) {
                    String message = JsonFields.text(body, "error", "message");
                    throw new IllegalStateException("Azure did not list the subscriptions (" + response.getStatusCode() + "): "
                            + (message == null ? body : message));
                }
                url = page(body, found);
            }
        }
        return found;
    }

    /**
     * The subscription to use for {@code designed}: {@code wanted} (an id or display name) when given;
     * else the design's id; else the design's name as display name.
     *
     * @throws IllegalArgumentException naming the available subscriptions, when none or several match
     */
    public static AvailableSubscription choose(Subscription designed, List<AvailableSubscription> available, String wanted) {
        String key = wanted != null ? wanted
                : DesignNavigation.hasText(designed.getSubscriptionId()) ? designed.getSubscriptionId() : designed.getName();
        List<AvailableSubscription> matches = available.stream().filter(s -> key != null && (key.equalsIgnoreCase(s.subscriptionId())
                || key.strip().toLowerCase(Locale.ROOT).equals(s.displayName() == null ? null : s.displayName().strip().toLowerCase(Locale.ROOT))))
                .toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        StringBuilder message = new StringBuilder();
        message.append(matches.isEmpty() ? "No subscription you can use matches '" : "Several subscriptions match '").append(key)
                .append("' (design subscription '").append(designed.getName()).append("'). ");
        if (available.isEmpty()) {
            message.append("The signed-in identity can use no subscription; sign in as another identity or tenant.");
        } else {
            message.append("Choose one by id:");
            available.forEach(s -> message.append("\n  ").append(s));
        }
        throw new IllegalArgumentException(message.toString());
    }

    /** Whether storing {@code chosen} would change the design's subscription. */
    public static boolean differs(Subscription designed, AvailableSubscription chosen) {
        return !chosen.subscriptionId().equalsIgnoreCase(String.valueOf(designed.getSubscriptionId()))
                || !chosen.tenantId().equalsIgnoreCase(String.valueOf(designed.getTenantId()));
    }

    /** @return the next page's address, or null */
    private static String page(String body, List<AvailableSubscription> found) {
        try (JsonReader reader = JsonProviders.createReader(body)) {
            reader.nextToken();
            if (!(reader.readUntyped() instanceof Map<?, ?> page)) {
                return null;
            }
            if (page.get("value") instanceof List<?> values) {
                for (Object value : values) {
                    if (value instanceof Map<?, ?> s && s.get("subscriptionId") != null) {
                        found.add(new AvailableSubscription(text(s, "subscriptionId"), text(s, "tenantId"), text(s, "displayName"),
                                text(s, "state")));
                    }
                }
            }
            return page.get("nextLink") instanceof String next && !next.isBlank() ? next : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Map<?, ?> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString();
    }
}
