package org.liftshift.importer.internal.dtsx;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.liftshift.importer.ImportException;
import org.liftshift.model.connections.ConnectionStrings;
import org.liftshift.model.estate.ConfigurationType;
import org.liftshift.model.estate.ConnectionManager;
import org.liftshift.model.estate.DataFlowComponent;
import org.liftshift.model.estate.EstateFactory;
import org.liftshift.model.estate.Executable;
import org.liftshift.model.estate.LogProvider;
import org.liftshift.model.estate.Package;
import org.liftshift.model.estate.PackageConfiguration;
import org.liftshift.model.estate.Parameter;
import org.liftshift.model.estate.PropertyExpression;
import org.liftshift.model.estate.ProtectionLevel;
import org.liftshift.model.estate.Variable;

/**
 * Reads a {@code .dtsx} package of any format (2 = SQL Server 2005, 3 = 2008, 6 = 2012/2014,
 * 8 = 2016 and later) into the estate model in one streaming pass. Formats 2 and 3 keep an
 * object's properties in {@code <DTS:Property DTS:Name="...">} children, later formats in
 * {@code DTS:} attributes; both land in the same property map per object. Secrets are never read:
 * password elements are skipped, sensitive parameter values dropped and connection strings kept
 * without their secret keys. Components Liftshift does not know are kept and marked third-party.
 */
public final class PackageReader {

    static final String DTS = "www.microsoft.com/SqlServer/Dts";

    /**
     * The most characters kept of one value read from element text, such as a variable holding a
     * whole document: enough for any name, connection string or expression an assessment reads,
     * and it keeps the memory an import needs independent of what a package stores inline.
     */
    public static final int MAX_VALUE_LENGTH = 1 << 20;

    /** DTS elements whose content matters to no assessment; skipped without looking inside. */
    private static final Set<String> SKIPPED = Set.of("DesignTimeProperties", "PackageVariable",
            "PrecedenceConstraints", "PrecedenceConstraint", "Password", "LoggingOptions");

    private enum Kind {
        EXECUTABLE, CONNECTION, VARIABLE, PARAMETER, LOG_PROVIDER, CONFIGURATION, COMPONENT
    }

    /** One object being read: its DTS properties from attributes and Property children. */
    private static final class Frame {
        final Kind kind;
        final int depth;
        final Object target;
        final Map<String, String> properties = new HashMap<>();
        int objectDataDepth = -1;
        final List<String> connectionReferences = new ArrayList<>();

        Frame(Kind kind, int depth, Object target) {
            this.kind = kind;
            this.depth = depth;
            this.target = target;
        }

        boolean inObjectData(int currentDepth) {
            return objectDataDepth >= 0 && currentDepth >= objectDataDepth;
        }
    }

    private final String file;
    private final Function<String, ConnectionManager> projectConnections;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final Map<String, ConnectionManager> connections = new HashMap<>();
    private final List<Frame> components = new ArrayList<>();
    private final List<Frame> packageTasks = new ArrayList<>();
    private final List<ConnectionManager> proxied = new ArrayList<>();
    private Package pkg;
    private int depth;

    /**
     * @param file the name errors give for this package
     * @param projectConnections finds a project connection manager by DTSID or reference, for
     *            packages read as part of a project; returns null for an unknown one
     */
    private PackageReader(String file, Function<String, ConnectionManager> projectConnections) {
        this.file = file;
        this.projectConnections = projectConnections;
    }

    public static Package read(InputStream in, String file) throws ImportException {
        return read(in, file, reference -> null);
    }

    public static Package read(InputStream in, String file, Function<String, ConnectionManager> projectConnections)
            throws ImportException {
        return new PackageReader(file, projectConnections).read(in);
    }

    private Package read(InputStream in) throws ImportException {
        XMLStreamReader reader = null;
        try {
            reader = SecureXml.reader(in);
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    start(reader);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    end();
                }
            }
        } catch (XMLStreamException e) {
            throw XmlErrors.malformed(file, e, "the package",
                    "open it in SSDT and save it again, or export it again from the server; the rest of the batch was imported");
        } finally {
            XmlErrors.close(reader);
        }
        if (pkg == null) {
            throw new ImportException(file, 1, 1, "the file has no DTS:Executable root element, so it is not an SSIS package",
                    "import the .dtsx files that SSDT or BIDS saved");
        }
        resolveConnections();
        return pkg;
    }

    private void start(XMLStreamReader reader) throws XMLStreamException, ImportException {
        String local = reader.getLocalName();
        boolean dts = DTS.equals(reader.getNamespaceURI());
        if (pkg == null) {
            if (!dts || !local.equals("Executable")) {
                Location at = reader.getLocation();
                throw new ImportException(file, at.getLineNumber(), at.getColumnNumber(), "the root element is <" + local
                        + "> in namespace '" + reader.getNamespaceURI() + "', not an SSIS package's <DTS:Executable>",
                        "import the .dtsx files that SSDT or BIDS saved");
            }
        }
        Frame top = frames.peek();
        // a component lives in its task's object data, so everything inside it does too
        boolean inObjectData = top != null && (top.kind == Kind.COMPONENT || top.inObjectData(depth));
        if (dts && SKIPPED.contains(local)) {
            skip(reader);
            return;
        }
        if (dts && local.equals("Property")) {
            String name = reader.getAttributeValue(DTS, "Name");
            String value = text(reader);
            if (top != null && name != null && ownsProperty(top)) {
                top.properties.putIfAbsent(name, value);
            }
            return;
        }
        if (dts && local.equals("PropertyExpression")) {
            String property = reader.getAttributeValue(DTS, "Name");
            String expression = text(reader);
            if (top != null && depth == top.depth) {
                addExpression(top, property, expression);
            }
            return;
        }
        if (dts && local.equals("VariableValue")) {
            String type = reader.getAttributeValue(DTS, "DataType");
            String value = text(reader);
            if (top != null) {
                top.properties.put("VariableValue", value);
                top.properties.putIfAbsent("DataType", type);
            }
            return;
        }
        depth++;
        if (dts && !inObjectData) {
            switch (local) {
                case "Executable" -> push(reader, Kind.EXECUTABLE, pkg == null ? newPackage() : newExecutable(top));
                case "ConnectionManager" -> push(reader, Kind.CONNECTION, EstateFactory.eINSTANCE.createConnectionManager());
                case "Variable" -> push(reader, Kind.VARIABLE, EstateFactory.eINSTANCE.createVariable());
                case "PackageParameter" -> push(reader, Kind.PARAMETER, EstateFactory.eINSTANCE.createParameter());
                case "LogProvider" -> push(reader, Kind.LOG_PROVIDER, EstateFactory.eINSTANCE.createLogProvider());
                case "Configuration" -> push(reader, Kind.CONFIGURATION, EstateFactory.eINSTANCE.createPackageConfiguration());
                case "ObjectData" -> {
                    if (top != null) {
                        top.objectDataDepth = depth;
                    }
                }
                default -> {
                    // containers such as DTS:Executables and DTS:ConnectionManagers: their children matter
                }
            }
            return;
        }
        if (top == null || !inObjectData) {
            return;
        }
        if (top.kind == Kind.CONNECTION) {
            // the object data of a connection manager: DTS:ConnectionManager or a type's own element
            copyAttribute(reader, top, "ConnectionString");
            copyAttribute(reader, top, "ConnectByProxy");
        } else if (local.equals("component")) {
            DataFlowComponent component = EstateFactory.eINSTANCE.createDataFlowComponent();
            Frame frame = push(reader, Kind.COMPONENT, component);
            executableOf(top).getComponents().add(component);
            components.add(frame);
        } else if (top.kind == Kind.COMPONENT && local.equals("connection")) {
            String reference = attribute(reader, "connectionManagerRefId");
            reference = reference == null ? attribute(reader, "connectionManagerID") : reference;
            if (reference != null) {
                top.connectionReferences.add(reference);
            }
        } else if (top.kind == Kind.COMPONENT && local.equals("property") && depth == top.depth + 2) {
            String name = attribute(reader, "name");
            if ("UserComponentTypeName".equals(name)) {
                top.properties.put(name, text(reader));
                depth--;
            }
        } else if (top.kind == Kind.EXECUTABLE) {
            taskData(reader, top, local);
        }
    }

    /**
     * Whether a Property element at the current depth belongs to {@code top}: a direct child of its
     * element or, for a connection manager, of the DTS:ConnectionManager inside its object data;
     * not, say, a flat-file column's.
     */
    private boolean ownsProperty(Frame top) {
        return depth == top.depth || top.kind == Kind.CONNECTION && top.objectDataDepth >= 0 && depth == top.objectDataDepth + 1;
    }

    /** The target of an Execute Process or Execute Package task, from its object data. */
    private void taskData(XMLStreamReader reader, Frame top, String local) throws XMLStreamException {
        if (local.equals("ExecuteProcessData")) {
            String executable = attribute(reader, "Executable");
            if (executable != null) {
                top.properties.put("targetPath", executable);
            }
        } else if (local.equals("PackageName") || local.equals("Connection")) {
            String value = text(reader);
            depth--;
            if (!value.isBlank()) {
                top.properties.put(local.equals("PackageName") ? "targetPath" : "targetConnection", value.trim());
                if (!packageTasks.contains(top)) {
                    packageTasks.add(top);
                }
            }
        }
    }

    private void end() {
        Frame top = frames.peek();
        if (top != null && top.depth == depth) {
            frames.pop();
            finish(top, frames.peek());
        } else if (top != null && top.objectDataDepth == depth) {
            top.objectDataDepth = -2;
        }
        depth--;
    }

    private Frame push(XMLStreamReader reader, Kind kind, Object target) {
        Frame frame = new Frame(kind, depth, target);
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String namespace = reader.getAttributeNamespace(i);
            if (DTS.equals(namespace) || namespace == null || namespace.isEmpty()) {
                frame.properties.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            }
        }
        frames.push(frame);
        return frame;
    }

    private Package newPackage() {
        pkg = EstateFactory.eINSTANCE.createPackage();
        pkg.setSourcePath(file);
        return pkg;
    }

    private static Executable newExecutable(Frame parent) {
        Executable executable = EstateFactory.eINSTANCE.createExecutable();
        if (parent != null && parent.target instanceof Executable container) {
            container.getExecutables().add(executable);
        } else if (parent != null && parent.target instanceof Package root) {
            root.getExecutables().add(executable);
        }
        return executable;
    }

    private static Executable executableOf(Frame frame) {
        return frame.target instanceof Executable executable ? executable : null;
    }

    private void finish(Frame frame, Frame parent) {
        Map<String, String> p = frame.properties;
        boolean packageLevel = parent != null && parent.target == pkg;
        switch (frame.kind) {
            case EXECUTABLE -> {
                if (frame.target instanceof Package root) {
                    finishPackage(root, p);
                } else {
                    Executable executable = (Executable) frame.target;
                    executable.setName(p.get("ObjectName"));
                    executable.setDescription(p.get("Description"));
                    executable.setCreationName(first(p.get("CreationName"), p.get("ExecutableType")));
                    executable.setDisabled(isTrue(p.get("Disabled")));
                    executable.setPath(path(frame, parent));
                    executable.setTargetPath(p.get("targetPath"));
                }
            }
            case CONNECTION -> {
                if (packageLevel) {
                    ConnectionManager manager = (ConnectionManager) frame.target;
                    manager.setName(p.get("ObjectName"));
                    manager.setDescription(p.get("Description"));
                    manager.setCreationName(p.get("CreationName"));
                    manager.setConnectionManagerId(p.get("DTSID"));
                    ConnectionStrings.apply(manager, p.get("ConnectionString"));
                    pkg.getConnectionManagers().add(manager);
                    register(manager, p.get("DTSID"), p.get("refId"), "Package.ConnectionManagers[" + p.get("ObjectName") + "]");
                    if (isTrue(p.get("ConnectByProxy"))) {
                        proxied.add(manager);
                    }
                }
            }
            case VARIABLE -> {
                if (packageLevel) {
                    Variable variable = (Variable) frame.target;
                    variable.setName(p.get("ObjectName"));
                    variable.setNamespace(first(p.get("Namespace"), "User"));
                    variable.setDataType(DataTypes.name(p.get("DataType")));
                    variable.setValue(p.get("VariableValue"));
                    variable.setExpression(p.get("Expression"));
                    variable.setEvaluateAsExpression(isTrue(p.get("EvaluateAsExpression")));
                    pkg.getVariables().add(variable);
                }
            }
            case PARAMETER -> {
                Parameter parameter = (Parameter) frame.target;
                parameter.setName(p.get("ObjectName"));
                parameter.setDescription(p.get("Description"));
                parameter.setDataType(DataTypes.name(p.get("DataType")));
                parameter.setRequired(isTrue(p.get("Required")));
                parameter.setSensitive(isTrue(p.get("Sensitive")));
                parameter.setValue(parameter.isSensitive() ? null : p.get("ParameterValue"));
                pkg.getParameters().add(parameter);
            }
            case LOG_PROVIDER -> {
                if (packageLevel) {
                    LogProvider provider = (LogProvider) frame.target;
                    provider.setName(p.get("ObjectName"));
                    provider.setCreationName(p.get("CreationName"));
                    pkg.getLogProviders().add(provider);
                }
            }
            case CONFIGURATION -> {
                PackageConfiguration configuration = (PackageConfiguration) frame.target;
                configuration.setName(p.get("ObjectName"));
                configuration.setType(configurationType(p.get("ConfigurationType")));
                configuration.setConfigurationString(p.get("ConfigurationString"));
                pkg.getConfigurations().add(configuration);
            }
            case COMPONENT -> {
                DataFlowComponent component = (DataFlowComponent) frame.target;
                component.setName(p.get("name"));
                component.setDescription(p.get("description"));
                // a managed component's class is the host; the component itself is named by its type
                String managedType = p.get("UserComponentTypeName");
                component.setComponentClassId(managedType != null && !managedType.isBlank()
                        ? managedType.split(",", 2)[0].strip() : p.get("componentClassID"));
                component.setThirdParty(Components.isThirdParty(p.get("componentClassID"), p.get("contactInfo"),
                        p.get("UserComponentTypeName")));
            }
        }
    }

    private void finishPackage(Package root, Map<String, String> p) {
        root.setName(p.get("ObjectName"));
        root.setDescription(p.get("Description"));
        root.setPackageId(p.get("DTSID"));
        String format = p.get("PackageFormatVersion");
        root.setFormatVersion(format == null ? 0 : parseInt(format, 0));
        // a format 6+ package leaves ProtectionLevel out when it has the default, EncryptSensitiveWithUserKey
        String level = first(p.get("ProtectionLevel"), "1");
        ProtectionLevel protection = ProtectionLevel.get(parseInt(level, 1));
        root.setProtectionLevel(protection == null ? ProtectionLevel.ENCRYPT_SENSITIVE_WITH_USER_KEY : protection);
    }

    private static String path(Frame frame, Frame parent) {
        String refId = frame.properties.get("refId");
        if (refId != null) {
            return "\\" + refId;
        }
        String parentPath = parent == null ? "" : parent.target instanceof Executable e ? e.getPath()
                : "\\" + first(parent.properties.get("ObjectName"), "Package");
        return parentPath + "\\" + frame.properties.get("ObjectName");
    }

    private void register(ConnectionManager manager, String... keys) {
        for (String key : keys) {
            if (key != null) {
                connections.put(key, manager);
            }
        }
    }

    private void resolveConnections() {
        for (Frame frame : components) {
            DataFlowComponent component = (DataFlowComponent) frame.target;
            for (String reference : frame.connectionReferences) {
                ConnectionManager manager = connection(reference);
                if (manager != null && !component.getConnectionManagers().contains(manager)) {
                    component.getConnectionManagers().add(manager);
                    component.setConnectByProxy(component.isConnectByProxy() || proxied.contains(manager));
                }
            }
        }
        for (Frame task : packageTasks) {
            Executable executable = (Executable) task.target;
            String reference = task.properties.get("targetConnection");
            if (executable.getTargetPath() == null && reference != null) {
                ConnectionManager manager = connection(reference);
                executable.setTargetPath(manager != null && manager.getFilePath() != null ? manager.getFilePath() : reference);
            }
        }
    }

    private ConnectionManager connection(String reference) {
        ConnectionManager manager = connections.get(reference);
        if (manager == null) {
            // format 6+ writes "Package.ConnectionManagers[Name]"; a reference with a suffix such as ":external" also occurs
            int colon = reference.indexOf("]:");
            manager = colon > 0 ? connections.get(reference.substring(0, colon + 1)) : null;
        }
        return manager != null ? manager : projectConnections.apply(reference);
    }

    private static void addExpression(Frame top, String property, String expression) {
        if (top == null || property == null) {
            return;
        }
        PropertyExpression value = EstateFactory.eINSTANCE.createPropertyExpression();
        value.setProperty(property);
        value.setExpression(expression);
        if (top.target instanceof Executable executable) {
            executable.getExpressions().add(value);
        } else if (top.target instanceof ConnectionManager manager) {
            manager.getExpressions().add(value);
        }
    }

    private static ConfigurationType configurationType(String code) {
        return switch (parseInt(code, -1)) {
            case 0 -> ConfigurationType.PARENT_VARIABLE;
            case 1 -> ConfigurationType.XML_FILE;
            case 2 -> ConfigurationType.ENVIRONMENT_VARIABLE;
            case 3 -> ConfigurationType.REGISTRY_ENTRY;
            case 4 -> ConfigurationType.INDIRECT_PARENT_VARIABLE;
            case 5 -> ConfigurationType.INDIRECT_XML_FILE;
            case 6 -> ConfigurationType.INDIRECT_REGISTRY_ENTRY;
            case 7 -> ConfigurationType.SQL_SERVER;
            case 9 -> ConfigurationType.INDIRECT_SQL_SERVER;
            default -> ConfigurationType.XML_FILE;
        };
    }

    private static void copyAttribute(XMLStreamReader reader, Frame frame, String name) {
        String value = attribute(reader, name);
        if (value != null) {
            frame.properties.putIfAbsent(name, value);
        }
    }

    /** An attribute by local name, in the DTS namespace or none. */
    private static String attribute(XMLStreamReader reader, String name) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeLocalName(i).equals(name)) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    /** The text content of the current element, ignoring child elements; leaves the reader on its end. */
    static String text(XMLStreamReader reader) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int nested = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                nested++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (nested-- == 0) {
                    break;
                }
            } else if (nested == 0) {
                appendBounded(text, reader, event);
            }
        }
        return text.toString();
    }

    /** Appends the text of a character event, keeping at most {@link #MAX_VALUE_LENGTH} characters in all. */
    private static void appendBounded(StringBuilder text, XMLStreamReader reader, int event) {
        if (text.length() < MAX_VALUE_LENGTH && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE)) {
            text.append(reader.getTextCharacters(), reader.getTextStart(),
                    Math.min(reader.getTextLength(), MAX_VALUE_LENGTH - text.length()));
        }
    }

    private static void skip(XMLStreamReader reader) throws XMLStreamException {
        int nested = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                nested++;
            } else if (event == XMLStreamConstants.END_ELEMENT && nested-- == 0) {
                return;
            }
        }
    }

    static boolean isTrue(String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equals("-1") || value.equals("1"));
    }

    private static int parseInt(String value, int otherwise) {
        try {
            return value == null ? otherwise : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static String first(String value, String otherwise) {
        return value == null || value.isEmpty() ? otherwise : value;
    }
}
