package org.liftshift.importer.internal.dtsx;

import java.io.InputStream;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.liftshift.importer.ImportException;
import org.liftshift.model.connections.ConnectionStrings;
import org.liftshift.model.estate.ConfigurationFile;
import org.liftshift.model.estate.ConfiguredValue;
import org.liftshift.model.estate.EstateFactory;

/**
 * Reads a legacy XML configuration file ({@code .dtsConfig}): the package it was generated from and
 * each property path it sets with its value. Secrets are never kept: the value of a password
 * property is dropped and a configured connection string loses its secret keys.
 */
public final class ConfigurationFileReader {

    /** The property a configuration path ends with: {@code ...Properties[ConnectionString]}. */
    private static final Pattern PROPERTY = Pattern.compile("\\.Properties\\[([^\\]]*)\\]$");

    private ConfigurationFileReader() {
    }

    /**
     * @param name the file name, e.g. {@code Warehouse.dtsConfig}
     * @param file the path errors and the model give for this file
     */
    public static ConfigurationFile read(InputStream in, String name, String file) throws ImportException {
        ConfigurationFile configuration = EstateFactory.eINSTANCE.createConfigurationFile();
        configuration.setName(name);
        configuration.setSourcePath(file);
        XMLStreamReader reader = null;
        boolean root = true;
        try {
            reader = SecureXml.reader(in);
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String local = reader.getLocalName();
                if (root && !local.equals("DTSConfiguration")) {
                    Location at = reader.getLocation();
                    throw new ImportException(file, at.getLineNumber(), at.getColumnNumber(), "the root element is <" + local
                            + ">, not the <DTSConfiguration> of an SSIS configuration file",
                            "import the .dtsConfig files that the Package Configuration Wizard wrote");
                }
                root = false;
                if (local.equals("DTSConfigurationFileInfo")) {
                    configuration.setGeneratedFromPackageName(reader.getAttributeValue(null, "GeneratedFromPackageName"));
                    configuration.setGeneratedFromPackageId(reader.getAttributeValue(null, "GeneratedFromPackageID"));
                } else if (local.equals("Configuration")) {
                    configuration.getValues().add(value(reader));
                }
            }
        } catch (XMLStreamException e) {
            throw XmlErrors.malformed(file, e, "the configuration file",
                    "open it in a text editor and repair the XML, or generate it again with the Package Configuration Wizard");
        } finally {
            XmlErrors.close(reader);
        }
        if (root) {
            throw new ImportException(file, 1, 1, "the file is empty", "import the .dtsConfig files that the Package Configuration Wizard wrote");
        }
        return configuration;
    }

    private static ConfiguredValue value(XMLStreamReader reader) throws XMLStreamException {
        ConfiguredValue value = EstateFactory.eINSTANCE.createConfiguredValue();
        value.setPath(reader.getAttributeValue(null, "Path"));
        value.setConfiguredType(reader.getAttributeValue(null, "ConfiguredType"));
        value.setValueType(reader.getAttributeValue(null, "ValueType"));
        String text = null;
        int nested = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (nested == 0 && reader.getLocalName().equals("ConfiguredValue")) {
                    text = PackageReader.text(reader);
                } else {
                    nested++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && nested-- == 0) {
                break;
            }
        }
        String property = property(value.getPath());
        if (property.contains("password") || property.contains("secret")) {
            value.setSensitive(true);
        } else if (text != null) {
            value.setValue(property.equals("connectionstring") ? ConnectionStrings.withoutSecrets(text) : text);
        }
        return value;
    }

    /** The lower-case name of the property a path sets, or "" when the path names none. */
    private static String property(String path) {
        Matcher matcher = PROPERTY.matcher(path == null ? "" : path.strip());
        return matcher.find() ? matcher.group(1).toLowerCase(Locale.ROOT) : "";
    }
}
