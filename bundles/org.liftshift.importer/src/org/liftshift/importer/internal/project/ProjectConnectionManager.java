package org.liftshift.importer.internal.project;

import java.io.InputStream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.liftshift.importer.ImportException;
import org.liftshift.model.connections.ConnectionStrings;
import org.liftshift.importer.internal.dtsx.SecureXml;
import org.liftshift.importer.internal.dtsx.XmlErrors;
import org.liftshift.model.estate.ConnectionManager;
import org.liftshift.model.estate.EstateFactory;
import org.liftshift.model.estate.PropertyExpression;

/** A project connection manager ({@code .conmgr}); its secrets (password and key elements) are never read. */
public final class ProjectConnectionManager {

    private static final String DTS = "www.microsoft.com/SqlServer/Dts";

    private ProjectConnectionManager() {
    }

    public static ConnectionManager read(InputStream in, String file) throws ImportException {
        ConnectionManager manager = EstateFactory.eINSTANCE.createConnectionManager();
        manager.setProjectLevel(true);
        String connectionString = null;
        XMLStreamReader reader = null;
        try {
            reader = SecureXml.reader(in);
            boolean root = true;
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (root) {
                    if (!reader.getLocalName().equals("ConnectionManager") || !DTS.equals(reader.getNamespaceURI())) {
                        throw new ImportException(file, reader.getLocation().getLineNumber(),
                                reader.getLocation().getColumnNumber(), "the root element is <" + reader.getLocalName()
                                        + ">, not a project connection manager's <DTS:ConnectionManager>",
                                "import the .conmgr files that SSDT saved");
                    }
                    manager.setName(reader.getAttributeValue(DTS, "ObjectName"));
                    manager.setConnectionManagerId(reader.getAttributeValue(DTS, "DTSID"));
                    manager.setCreationName(reader.getAttributeValue(DTS, "CreationName"));
                    manager.setDescription(reader.getAttributeValue(DTS, "Description"));
                    root = false;
                } else if (reader.getLocalName().equals("PropertyExpression") && DTS.equals(reader.getNamespaceURI())) {
                    PropertyExpression expression = EstateFactory.eINSTANCE.createPropertyExpression();
                    expression.setProperty(reader.getAttributeValue(DTS, "Name"));
                    expression.setExpression(reader.getElementText());
                    manager.getExpressions().add(expression);
                } else if (connectionString == null) {
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        if (reader.getAttributeLocalName(i).equals("ConnectionString")) {
                            connectionString = reader.getAttributeValue(i);
                        }
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw XmlErrors.malformed(file, e, "the connection manager file", "open the project in SSDT and save it again");
        } finally {
            XmlErrors.close(reader);
        }
        ConnectionStrings.apply(manager, connectionString);
        return manager;
    }
}
