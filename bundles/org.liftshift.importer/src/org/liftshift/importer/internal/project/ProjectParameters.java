package org.liftshift.importer.internal.project;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.liftshift.importer.ImportException;
import org.liftshift.importer.internal.dtsx.DataTypes;
import org.liftshift.importer.internal.dtsx.SecureXml;
import org.liftshift.importer.internal.dtsx.XmlErrors;
import org.liftshift.model.estate.EstateFactory;
import org.liftshift.model.estate.Parameter;

/** The project parameters of a {@code Project.params} file; a sensitive parameter's value is never kept. */
public final class ProjectParameters {

    private ProjectParameters() {
    }

    public static List<Parameter> read(InputStream in, String file) throws ImportException {
        List<Parameter> parameters = new ArrayList<>();
        XMLStreamReader reader = null;
        try {
            reader = SecureXml.reader(in);
            String name = null;
            String property = null;
            Map<String, String> properties = new HashMap<>();
            StringBuilder text = new StringBuilder();
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    text.setLength(0);
                    if (reader.getLocalName().equals("Parameter")) {
                        name = reader.getAttributeValue(ProjectManifest.SSIS, "Name");
                        properties.clear();
                    } else if (reader.getLocalName().equals("Property")) {
                        property = reader.getAttributeValue(ProjectManifest.SSIS, "Name");
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(reader.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (reader.getLocalName().equals("Property") && property != null) {
                        properties.put(property, text.toString());
                        property = null;
                    } else if (reader.getLocalName().equals("Parameter") && name != null) {
                        parameters.add(parameter(name, properties));
                        name = null;
                    }
                    text.setLength(0);
                }
            }
        } catch (XMLStreamException e) {
            throw XmlErrors.malformed(file, e, "the project parameters file", "open the project in SSDT and save it again");
        } finally {
            XmlErrors.close(reader);
        }
        return parameters;
    }

    private static Parameter parameter(String name, Map<String, String> properties) {
        Parameter parameter = EstateFactory.eINSTANCE.createParameter();
        parameter.setName(name);
        parameter.setDescription(emptyToNull(properties.get("Description")));
        parameter.setDataType(DataTypes.name(properties.get("DataType")));
        parameter.setRequired("1".equals(properties.get("Required")));
        parameter.setSensitive("1".equals(properties.get("Sensitive")));
        parameter.setValue(parameter.isSensitive() ? null : properties.get("Value"));
        return parameter;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
