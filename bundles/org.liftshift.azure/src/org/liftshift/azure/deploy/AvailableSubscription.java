package org.liftshift.azure.deploy;

/**
 * A subscription the signed-in identity can use, as Azure Resource Manager lists it.
 *
 * @param state e.g. {@code Enabled}, {@code Disabled}, {@code Warned}
 */
public record AvailableSubscription(String subscriptionId, String tenantId, String displayName, String state) {

    public boolean enabled() {
        return "Enabled".equalsIgnoreCase(state) || "Warned".equalsIgnoreCase(state) || "PastDue".equalsIgnoreCase(state);
    }

    @Override
    public String toString() {
        return displayName + " (" + subscriptionId + ", tenant " + tenantId + (enabled() ? "" : ", " + state) + ")";
    }
}
