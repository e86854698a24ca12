package org.liftshift.importer.internal.project;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.liftshift.importer.ImportException;
import org.liftshift.importer.internal.dtsx.SecureXml;
import org.liftshift.importer.internal.dtsx.XmlErrors;
import org.liftshift.model.estate.DeploymentModel;
import org.liftshift.model.estate.ProtectionLevel;

/**
 * What a project says about itself, from an {@code .ispac}'s {@code @Project.manifest} or the
 * manifest embedded in a {@code .dtproj}; a package-deployment-model {@code .dtproj} lists its
 * packages as {@code DtsPackage/FullPath} instead.
 */
public record ProjectManifest(String name, ProtectionLevel protectionLevel, DeploymentModel deploymentModel, String version,
        List<Entry> packages) {

    static final String SSIS = "www.microsoft.com/SqlServer/SSIS";

    /** A package of the project and whether it is an entry point. */
    public record Entry(String name, boolean entryPoint) {
    }

    public static ProjectManifest read(InputStream in, String file) throws ImportException {
        String name = null;
        String protection = null;
        String model = null;
        String[] version = new String[3];
        List<Entry> packages = new ArrayList<>();
        XMLStreamReader reader = null;
        try {
            reader = SecureXml.reader(in);
            String property = null;
            StringBuilder text = new StringBuilder();
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = reader.getLocalName();
                    boolean ssis = SSIS.equals(reader.getNamespaceURI());
                    text.setLength(0);
                    if (ssis && local.equals("Project")) {
                        protection = reader.getAttributeValue(SSIS, "ProtectionLevel");
                    } else if (ssis && local.equals("Property")) {
                        property = reader.getAttributeValue(SSIS, "Name");
                    } else if (ssis && local.equals("Package")) {
                        packages.add(new Entry(reader.getAttributeValue(SSIS, "Name"),
                                "1".equals(reader.getAttributeValue(SSIS, "EntryPoint"))));
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(reader.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String value = text.toString().trim();
                    String local = reader.getLocalName();
                    if (property != null && local.equals("Property")) {
                        switch (property) {
                            case "Name" -> name = name == null ? value : name;
                            case "VersionMajor" -> version[0] = value;
                            case "VersionMinor" -> version[1] = value;
                            case "VersionBuild" -> version[2] = value;
                            default -> {
                                // other project properties are not assessed
                            }
                        }
                        property = null;
                    } else if (local.equals("DeploymentModel") && !value.isEmpty()) {
                        model = value;
                    } else if (local.equals("FullPath") && value.toLowerCase(Locale.ROOT).endsWith(".dtsx")) {
                        packages.add(new Entry(value, false));
                    }
                    text.setLength(0);
                }
            }
        } catch (XMLStreamException e) {
            throw XmlErrors.malformed(file, e, "the project file", "open the project in SSDT and save it again");
        } finally {
            XmlErrors.close(reader);
        }
        // projects of SSDT 2012 and later carry an SSIS:Project manifest; BIDS projects only list their packages
        boolean packageModel = model != null ? model.equalsIgnoreCase("Package") : protection == null && !packages.isEmpty();
        DeploymentModel deployment = packageModel ? DeploymentModel.PACKAGE : DeploymentModel.PROJECT;
        return new ProjectManifest(name, protectionLevel(protection), deployment,
                version[0] == null ? null : String.join(".", version[0], nz(version[1]), nz(version[2])), packages);
    }

    private static String nz(String value) {
        return value == null ? "0" : value;
    }

    static ProtectionLevel protectionLevel(String value) {
        if (value == null) {
            return ProtectionLevel.ENCRYPT_SENSITIVE_WITH_USER_KEY;
        }
        String compact = value.replace("_", "").toLowerCase(Locale.ROOT);
        for (ProtectionLevel level : ProtectionLevel.VALUES) {
            if (level.getName().replace("_", "").toLowerCase(Locale.ROOT).equals(compact)
                    || level.getLiteral().replace("_", "").toLowerCase(Locale.ROOT).equals(compact)) {
                return level;
            }
        }
        try {
            ProtectionLevel level = ProtectionLevel.get(Integer.parseInt(value.trim()));
            return level == null ? ProtectionLevel.ENCRYPT_SENSITIVE_WITH_USER_KEY : level;
        } catch (NumberFormatException e) {
            return ProtectionLevel.ENCRYPT_SENSITIVE_WITH_USER_KEY;
        }
    }
}
