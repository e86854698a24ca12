package org.liftshift.importer.internal.dtsx;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers for files that come from customers. DTDs are not processed, so an external entity
 * is never fetched (no file or network access) and an entity bomb is never expanded: a reference
 * to an entity the document declares in a DTD is an error instead.
 * <p>
 * Memory stays bounded whatever a file holds inline: text and CDATA sections (a script's source,
 * a designer layout) arrive in chunks instead of whole.
 */
public final class SecureXml {

    private static final int CHUNK = 16 * 1024;

    private static final XMLInputFactory FACTORY = create();

    private SecureXml() {
    }

    private static XMLInputFactory create() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
        factory.setProperty("jdk.xml.cdataChunkSize", CHUNK);
        // Since JDK 24 a text run of over 100,000 characters that holds &lt; and friends counts as an
        // oversized entity; with no DTD there are no other entities, so the limit guards nothing here
        // and would refuse a variable holding an escaped document
        factory.setProperty("jdk.xml.maxGeneralEntitySizeLimit", 0);
        factory.setProperty("jdk.xml.totalEntitySizeLimit", 0);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("External resource " + systemId + " is not read");
        });
        return factory;
    }

    /** A reader that detects the encoding from the byte-order mark and XML declaration, as XML requires. */
    public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        synchronized (FACTORY) {
            return FACTORY.createXMLStreamReader(in);
        }
    }
}
