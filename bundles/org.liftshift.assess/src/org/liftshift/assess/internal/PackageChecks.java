package org.liftshift.assess.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.liftshift.assess.PackageRule;
import org.liftshift.model.estate.ConfigurationType;
import org.liftshift.model.estate.DataFlowComponent;
import org.liftshift.model.estate.Executable;
import org.liftshift.model.estate.LogProvider;
import org.liftshift.model.estate.Package;
import org.liftshift.model.estate.PackageConfiguration;
import org.liftshift.model.estate.Parameter;
import org.liftshift.model.estate.ProtectionLevel;
import org.liftshift.model.estate.PropertyExpression;
import org.liftshift.model.estate.Variable;
import org.liftshift.model.plan.DesignChange;
import org.liftshift.model.plan.Severity;

/** The rules about a package's own content: 2001-2005, 3001, 4001-4003, PKG-1, PKG-2, PKG-5, PKG-7, PKG-10. */
final class PackageChecks {

    private PackageChecks() {
    }

    static void check(Package pkg, Findings findings) {
        protection(pkg, findings);
        for (PackageConfiguration configuration : pkg.getConfigurations()) {
            configuration(configuration, findings);
        }
        for (LogProvider provider : pkg.getLogProviders()) {
            if (provider.getCreationName() != null && !BuiltIns.isBuiltInLogProvider(provider.getCreationName())) {
                findings.add(PackageRule.DMA_2005, provider, "Log provider " + provider.getCreationName());
            }
        }
        for (Variable variable : pkg.getVariables()) {
            localPath(variable, variable.getName(), variable.isEvaluateAsExpression() ? variable.getExpression() : variable.getValue(),
                    findings);
        }
        for (Parameter parameter : pkg.getParameters()) {
            localPath(parameter, parameter.getName(), parameter.getValue(), findings);
        }
        List<DataFlowComponent> excel = new ArrayList<>();
        for (Executable executable : pkg.getExecutables()) {
            executable(executable, excel, findings);
        }
        if (excel.size() > 1) {
            findings.add(PackageRule.PKG_1, pkg, excel.size() + " Excel components: "
                    + String.join(", ", excel.stream().map(c -> quoted(c.getName())).toList()));
        }
    }

    private static void protection(Package pkg, Findings findings) {
        if (pkg.getProtectionLevel() == ProtectionLevel.ENCRYPT_ALL_WITH_USER_KEY) {
            findings.add(PackageRule.DMA_4003, Severity.ERROR, DesignChange.PACKAGE_CHANGE, pkg,
                    "ProtectionLevel=EncryptAllWithUserKey: the IR cannot open the package");
        } else if (pkg.getProtectionLevel() == ProtectionLevel.ENCRYPT_SENSITIVE_WITH_USER_KEY) {
            findings.add(PackageRule.DMA_4003, pkg, "ProtectionLevel=EncryptSensitiveWithUserKey: sensitive values are lost on the IR");
        }
    }

    private static void configuration(PackageConfiguration configuration, Findings findings) {
        ConfigurationType type = configuration.getType();
        String value = configuration.getConfigurationString();
        if (type == ConfigurationType.REGISTRY_ENTRY || type == ConfigurationType.INDIRECT_REGISTRY_ENTRY) {
            findings.add(PackageRule.DMA_4002, configuration, type.getLiteral() + " configuration " + quoted(value));
        } else if (type == ConfigurationType.XML_FILE && FilePaths.isAbsoluteOrUnc(value)) {
            findings.add(PackageRule.DMA_4001, PackageRule.DMA_4001.severity(),
                    FilePaths.isUnc(value) ? DesignChange.VNET_INJECTION : DesignChange.AZURE_FILES, configuration,
                    "XML configuration file " + value);
        }
        if (type == ConfigurationType.XML_FILE && configuration.getFile() == null) {
            findings.add(PackageRule.PKG_10, configuration, "XML configuration file " + quoted(value) + " was not imported");
        }
        if (type != null && type.getLiteral().startsWith("Indirect")) {
            findings.add(PackageRule.DMA_1006, configuration, type.getLiteral() + " configuration reads its location from the"
                    + " Windows environment variable " + quoted(value));
        } else if (type == ConfigurationType.ENVIRONMENT_VARIABLE) {
            findings.add(PackageRule.DMA_1006, configuration, "Environment variable configuration " + quoted(value));
        }
    }

    private static void executable(Executable executable, List<DataFlowComponent> excel, Findings findings) {
        String type = executable.getCreationName() == null ? "" : executable.getCreationName();
        if (BuiltIns.isEnterpriseOnly(type)) {
            findings.add(PackageRule.DMA_2001, executable, "Task " + type);
        }
        if (BuiltIns.isThirdPartyType(type)) {
            findings.add(PackageRule.DMA_2003, executable, "Task " + type);
        }
        if (type.toLowerCase(Locale.ROOT).contains("executeprocess") && FilePaths.isAbsoluteOrUnc(executable.getTargetPath())) {
            boolean unc = FilePaths.isUnc(executable.getTargetPath());
            findings.add(PackageRule.DMA_3001, PackageRule.DMA_3001.severity(),
                    unc ? DesignChange.VNET_INJECTION : DesignChange.AZURE_FILES, executable,
                    "Executable " + executable.getTargetPath());
        }
        for (PropertyExpression expression : executable.getExpressions()) {
            String variable = FilePaths.environmentVariable(expression.getExpression());
            if (FilePaths.isDrivePath(literal(expression.getExpression()))) {
                findings.add(PackageRule.PKG_2, executable, "Expression on " + expression.getProperty() + ": "
                        + expression.getExpression());
            } else if (variable != null) {
                findings.add(PackageRule.DMA_1006, executable, "Environment variable " + variable + " in the expression on "
                        + expression.getProperty());
            }
        }
        for (DataFlowComponent component : executable.getComponents()) {
            component(component, excel, findings);
        }
        for (Executable child : executable.getExecutables()) {
            executable(child, excel, findings);
        }
    }

    private static void component(DataFlowComponent component, List<DataFlowComponent> excel, Findings findings) {
        String type = component.getComponentClassId() == null ? "" : component.getComponentClassId();
        String lower = type.toLowerCase(Locale.ROOT);
        String evidence = "Component " + quoted(component.getName()) + " (" + type + ")";
        boolean enterprise = BuiltIns.isEnterpriseOnly(type);
        if (enterprise) {
            findings.add(PackageRule.DMA_2001, component, evidence);
        }
        if (lower.startsWith("orc") || lower.startsWith("parquet")) {
            findings.add(PackageRule.DMA_2002, component, evidence);
        }
        if (component.isThirdParty()) {
            findings.add(PackageRule.DMA_2003, component, evidence);
        }
        if (lower.equals("azblobsrc") || lower.equals("azblobdest") || lower.contains("azureblobsource")
                || lower.contains("azureblobdestination")) {
            findings.add(PackageRule.DMA_2004, component, evidence);
        }
        if (lower.contains("excel")) {
            excel.add(component);
        }
        if (lower.contains("odata")) {
            findings.add(PackageRule.PKG_5, component, evidence);
        }
        boolean proxyUnsupported = enterprise || lower.contains("hdfs") || lower.contains("hadoop") || lower.contains("dqs")
                || (component.isThirdParty() && type.startsWith("{"));
        if (component.isConnectByProxy() && proxyUnsupported) {
            findings.add(PackageRule.PKG_7, component, evidence + " with ConnectByProxy=True");
        }
    }

    static void localPath(org.eclipse.emf.ecore.EObject subject, String name, String value, Findings findings) {
        if (FilePaths.isDrivePath(literal(value))) {
            findings.add(PackageRule.PKG_2, subject, quoted(name) + " = " + value);
        }
    }

    /** The text of a value that is an SSIS expression string literal ({@code "C:\\in\\a.csv"}) or plain text. */
    private static String literal(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.startsWith("\"") ? stripped.substring(1).replace("\\\\", "\\") : stripped;
    }

    private static String quoted(String name) {
        return "'" + name + "'";
    }
}
