package org.liftshift.importer.internal.dtsx;

import java.io.IOException;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.liftshift.importer.ImportException;

/** How every importer reports XML it cannot read, and closes its readers. */
public final class XmlErrors {

    private XmlErrors() {
    }

    /**
     * @param what the kind of file, e.g. "the package"
     * @param fix what to do about broken XML
     */
    public static ImportException malformed(String file, XMLStreamException e, String what, String fix) {
        Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        while (cause != null && !(cause instanceof IOException)) {
            cause = cause.getCause();
        }
        if (cause != null) {
            // the stream failed underneath the parser, e.g. an archive entry that inflates without end
            return new ImportException(file, 0, 0, cause.getMessage(), "check where the file came from; SSDT writes small ones");
        }
        Location at = e.getLocation();
        String message = e.getMessage() == null ? "unreadable XML"
                : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "").strip();
        return new ImportException(file, at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(),
                what + " is not well-formed XML (" + message + ")", fix);
    }

    public static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // the underlying stream is closed by its owner
            }
        }
    }
}
