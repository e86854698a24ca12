package org.liftshift.validate;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The design rules Liftshift checks offline. Each rule carries the identifier of the domain digest
 * (EP-*, NET-*, AUTH-*, BCDR-*, OPS-*) or of a Liftshift consistency rule (CON-*), a stable numeric
 * diagnostic code, and texts saying what it checks, why it matters and how to fix a violation.
 */
public enum DesignRule {
    EP_1("EP-1", 101), EP_2("EP-2", 102), EP_3("EP-3", 103), EP_4("EP-4", 104),
    NET_1("NET-1", 201), NET_2("NET-2", 202), NET_3("NET-3", 203), NET_4("NET-4", 204), NET_5("NET-5", 205),
    NET_6("NET-6", 206), NET_7("NET-7", 207), NET_8("NET-8", 208), NET_9("NET-9", 209), NET_10("NET-10", 210),
    NET_11("NET-11", 211),
    AUTH_1("AUTH-1", 301), AUTH_2("AUTH-2", 302), AUTH_3("AUTH-3", 303),
    BCDR_1("BCDR-1", 401), BCDR_2("BCDR-2", 402), BCDR_3("BCDR-3", 403),
    OPS_1("OPS-1", 501), OPS_2("OPS-2", 502),
    CON_1("CON-1", 901), CON_2("CON-2", 902);

    /** The {@code Diagnostic.getSource()} of every diagnostic Liftshift's design validation produces. */
    public static final String SOURCE = "org.liftshift.validate";

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("org.liftshift.validate.rules",
            Locale.getDefault(), DesignRule.class.getClassLoader());

    private final String id;
    private final int code;

    DesignRule(String id, int code) {
        this.id = id;
        this.code = code;
    }

    /** The identifier used in the domain digest, the report and SARIF output, e.g. {@code EP-1}. */
    public String id() {
        return id;
    }

    /** The {@code Diagnostic.getCode()} of this rule's diagnostics. */
    public int code() {
        return code;
    }

    /** What the rule checks, in a few words. */
    public String title() {
        return text("title");
    }

    /** Why the rule matters: the domain rationale. */
    public String rationale() {
        return text("why");
    }

    /** How to fix a violation. */
    public String fix() {
        return text("fix");
    }

    /** The full message of a violation: what is wrong, why it matters, how to fix it. */
    public String message(String problem) {
        return "[" + id + "] " + problem + " Why: " + rationale() + " Fix: " + fix();
    }

    public static Optional<DesignRule> byCode(int code) {
        for (DesignRule rule : values()) {
            if (rule.code == code) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    public static Optional<DesignRule> byId(String id) {
        for (DesignRule rule : values()) {
            if (rule.id.equalsIgnoreCase(id)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    private String text(String part) {
        try {
            return TEXTS.getString(id + "." + part);
        } catch (MissingResourceException e) {
            return "";
        }
    }
}
