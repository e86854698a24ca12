package org.liftshift.importer.internal.dtsx;

import java.util.Locale;
import java.util.Set;

/** Which data-flow components and tasks ship with SSIS (or its Azure Feature Pack) and which come from third parties. */
final class Components {

    /** Managed components of the Azure Feature Pack, whose type names carry no Microsoft prefix. */
    private static final Set<String> FEATURE_PACK = Set.of("azblobsrc", "azblobdest", "hdfssource", "hdfsdest",
            "azuredatalakestoresource", "azuredatalakestoredestination", "flexiblefilesource", "flexiblefiledestination",
            "orcsrc", "orcdest", "parquetsrc", "parquetdest");

    private Components() {
    }

    /**
     * @param classId {@code componentClassID}: a name such as {@code Microsoft.OLEDBSource} or a COM class GUID
     * @param contactInfo the component's contact information, which names Microsoft for built-in GUID components
     * @param managedType {@code UserComponentTypeName} of a managed component, or null
     */
    static boolean isThirdParty(String classId, String contactInfo, String managedType) {
        if (managedType != null && !managedType.isEmpty()) {
            return !isMicrosoftName(managedType);
        }
        if (classId == null || classId.isEmpty()) {
            return true;
        }
        if (classId.startsWith("{")) {
            return contactInfo == null || !contactInfo.contains("Microsoft");
        }
        return !isMicrosoftName(classId);
    }

    private static boolean isMicrosoftName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("microsoft.") || lower.startsWith("dts") || lower.startsWith("ssis.")
                || FEATURE_PACK.contains(lower.split("[ ,]")[0]);
    }
}
