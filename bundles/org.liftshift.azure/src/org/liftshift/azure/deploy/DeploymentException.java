package org.liftshift.azure.deploy;

import java.util.List;

import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.validate.DesignRule;

import com.azure.core.management.exception.ManagementError;
import com.azure.core.management.exception.ManagementException;

/**
 * Azure refused a deployment step. Where Azure's error code tells which design rule was broken (a
 * resource lock, a missing permission to join the network, an unregistered resource provider), the
 * rule and its fix are named, so the architect can correct the design or the subscription.
 */
public final class DeploymentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** {@link #code()} of a deployment that stopped for missing linked services, before Azure was asked. */
    public static final String MISSING_REFERENCE = "MissingReference";

    private final transient DeploymentAction action;
    private final transient DesignRule rule;
    private final String code;
    private final String fix;
    private transient AzureSsisIntegrationRuntime runtime;

    private DeploymentException(String message, Throwable cause, DeploymentAction action, String code, DesignRule rule, String fix) {
        super(message, cause);
        this.action = action;
        this.code = code;
        this.rule = rule;
        this.fix = fix;
    }

    /** Azure refused {@code action}; the rule its error code and message point at, if any, gives the fix. */
    static DeploymentException refused(DeploymentAction action, ManagementException cause) {
        ManagementError error = cause.getValue();
        String code = error == null || error.getCode() == null ? "" : error.getCode();
        String azure = error != null && error.getMessage() != null ? error.getMessage() : cause.getMessage();
        DesignRule rule = ruleOf(code, azure);
        String message = "Azure refused to " + action.kind().text() + " " + action.resourceId() + ": " + azure
                + (rule == null ? "" : " [" + rule.id() + "] " + rule.title() + ". Fix: " + rule.fix());
        return new DeploymentException(message, cause, action, code, rule,
                rule != null ? rule.fix() : "See Azure's message above; correct the design or the subscription and deploy again.");
    }

    /** Linked services the runtime refers to are missing; nothing after them was written. */
    static DeploymentException missingReferences(List<DeploymentAction> missing) {
        StringBuilder message = new StringBuilder("The integration runtime refers to ").append(missing.size())
                .append(missing.size() == 1 ? " linked service" : " linked services").append(" missing in Azure:");
        missing.forEach(action -> message.append("\n  ").append(action.resourceId()).append(": ").append(action.reason()));
        return new DeploymentException(message.toString(), null, missing.get(0), MISSING_REFERENCE, null,
                "Create the linked services listed in the factory, then deploy again; what was created so far stays.");
    }

    /** The runtime whose deployment was refused, or null when not known. */
    public AzureSsisIntegrationRuntime runtime() {
        return runtime;
    }

    DeploymentException of(AzureSsisIntegrationRuntime deployed) {
        this.runtime = deployed;
        return this;
    }

    /** The step Azure refused. */
    public DeploymentAction action() {
        return action;
    }

    /** The design rule Azure's answer shows broken, or null when the code says nothing about the design. */
    public DesignRule rule() {
        return rule;
    }

    /** Azure's error code, e.g. {@code ScopeLocked}. */
    public String code() {
        return code;
    }

    /** What to do: the rule's fix, or Azure's own message when no rule applies. */
    public String fix() {
        return fix;
    }

    /** The rule that Azure's error code and message point at, if any. */
    static DesignRule ruleOf(String code, String message) {
        String text = message == null ? "" : message;
        if ("ScopeLocked".equalsIgnoreCase(code) || text.contains("ScopeLocked")) {
            return DesignRule.NET_3;
        }
        if (("LinkedAuthorizationFailed".equalsIgnoreCase(code) || "AuthorizationFailed".equalsIgnoreCase(code))
                && text.contains("/join/action")) {
            return DesignRule.NET_1;
        }
        if ("MissingSubscriptionRegistration".equalsIgnoreCase(code) && text.contains("Microsoft.Batch")
                || text.contains("not registered to use namespace 'Microsoft.Batch'")) {
            return DesignRule.NET_5;
        }
        return null;
    }
}
