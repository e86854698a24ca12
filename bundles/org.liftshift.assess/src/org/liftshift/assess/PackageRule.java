package org.liftshift.assess;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

import org.liftshift.model.plan.DesignChange;
import org.liftshift.model.plan.Severity;

/**
 * The package assessment rules: the published DMA rules for SSIS (numbered), the checks Liftshift
 * derives from Microsoft's execution troubleshooting guide (PKG-*), and the capacity check of the
 * imported schedules (OPS-2). Each rule has a default severity, the design change that usually fixes
 * it, and texts saying what it checks, why it matters and what to do.
 */
public enum PackageRule {
    DMA_1001("1001", Severity.WARNING, DesignChange.VNET_INJECTION),
    DMA_1002("1002", Severity.WARNING, DesignChange.AZURE_FILES),
    DMA_1003("1003", Severity.WARNING, DesignChange.EXECUTION_CREDENTIAL),
    DMA_1004("1004", Severity.WARNING, DesignChange.CUSTOM_SETUP),
    DMA_1005("1005", Severity.WARNING, DesignChange.PACKAGE_CHANGE),
    DMA_1006("1006", Severity.WARNING, DesignChange.CUSTOM_SETUP),
    DMA_1007("1007", Severity.WARNING, DesignChange.PACKAGE_CHANGE),
    DMA_2001("2001", Severity.ERROR, DesignChange.ENTERPRISE_EDITION),
    DMA_2002("2002", Severity.ERROR, DesignChange.CUSTOM_SETUP),
    DMA_2003("2003", Severity.ERROR, DesignChange.CUSTOM_SETUP),
    DMA_2004("2004", Severity.INFO, DesignChange.PACKAGE_CHANGE),
    DMA_2005("2005", Severity.WARNING, DesignChange.CUSTOM_SETUP),
    DMA_3001("3001", Severity.WARNING, DesignChange.AZURE_FILES),
    DMA_4001("4001", Severity.WARNING, DesignChange.AZURE_FILES),
    DMA_4002("4002", Severity.ERROR, DesignChange.PACKAGE_CHANGE),
    DMA_4003("4003", Severity.WARNING, DesignChange.PACKAGE_CHANGE),
    PKG_1("PKG-1", Severity.WARNING, DesignChange.PACKAGE_CHANGE),
    PKG_2("PKG-2", Severity.WARNING, DesignChange.AZURE_FILES),
    PKG_3("PKG-3", Severity.WARNING, DesignChange.VNET_INJECTION),
    PKG_4("PKG-4", Severity.ERROR, DesignChange.CUSTOM_SETUP),
    PKG_5("PKG-5", Severity.WARNING, DesignChange.CUSTOM_SETUP),
    PKG_6("PKG-6", Severity.ERROR, DesignChange.PACKAGE_CHANGE),
    PKG_7("PKG-7", Severity.ERROR, DesignChange.VNET_INJECTION),
    PKG_8("PKG-8", Severity.WARNING, DesignChange.NONE),
    PKG_9("PKG-9", Severity.WARNING, DesignChange.PROJECT_DEPLOYMENT_MODEL),
    PKG_10("PKG-10", Severity.INFO, DesignChange.NONE),
    OPS_2("OPS-2", Severity.WARNING, DesignChange.SCALE_OUT);

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("org.liftshift.assess.rules", Locale.getDefault(),
            PackageRule.class.getClassLoader());

    private final String id;
    private final Severity severity;
    private final DesignChange change;

    PackageRule(String id, Severity severity, DesignChange change) {
        this.id = id;
        this.severity = severity;
        this.change = change;
    }

    /** The DMA rule number (e.g. {@code 1003}) or Liftshift identifier (e.g. {@code PKG-1}). */
    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** The design change that usually fixes a finding; a check may name another for one finding. */
    public DesignChange change() {
        return change;
    }

    /** What the rule finds, in a few words. */
    public String title() {
        return text("title");
    }

    /** Why it breaks or may break on the Azure-SSIS IR. */
    public String rationale() {
        return text("why");
    }

    /** What to do about it. */
    public String recommendation() {
        return text("fix");
    }

    public static Optional<PackageRule> byId(String id) {
        for (PackageRule rule : values()) {
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
