package org.liftshift.importer.internal.project;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.liftshift.importer.ImportException;

/** How the project readers report XML they cannot read. */
final class XmlProblems {

    private XmlProblems() {
    }

    static ImportException malformed(String file, XMLStreamException e, String what) {
        Location at = e.getLocation();
        String message = e.getMessage() == null ? "unreadable XML"
                : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "").strip();
        return new ImportException(file, at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(),
                what + " is not well-formed XML (" + message + ")", "open the project in SSDT and save it again");
    }

    static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // the underlying stream is closed by its owner
            }
        }
    }
}
