package org.liftshift.model.persistence;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * Creates the XMI resources behind {@code .liftshift} migration files.
 * <p>
 * A migration file is reviewed in pull requests and diffed between customer reviews, so the save
 * options aim at output that is byte-identical for the same model: UTF-8, no line wrapping, and
 * {@code xmi:id}s rather than positional references, so that a diff points at objects.
 */
public final class LiftshiftResourceFactory extends XMIResourceFactoryImpl {

    /** File extension of a migration file, without the dot. */
    public static final String FILE_EXTENSION = "liftshift";

    @Override
    public Resource createResource(URI uri) {
        XMIResourceImpl resource = new XMIResourceImpl(uri) {
            @Override
            protected boolean useUUIDs() {
                return true;
            }
        };
        resource.getDefaultSaveOptions().putAll(saveOptions());
        resource.getDefaultLoadOptions().putAll(loadOptions());
        return resource;
    }

    /** Registers this factory for {@code .liftshift} files in the given resource set and returns it. */
    public static ResourceSet register(ResourceSet resourceSet) {
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION,
                new LiftshiftResourceFactory());
        return resourceSet;
    }

    static Map<Object, Object> saveOptions() {
        return Map.of(XMLResource.OPTION_ENCODING, "UTF-8", //
                XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(Integer.MAX_VALUE), //
                XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE, //
                XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE, //
                XMLResource.OPTION_SCHEMA_LOCATION, Boolean.TRUE, //
                XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
    }

    static Map<Object, Object> loadOptions() {
        // Migration files come from other people: no DOCTYPE, so no external entities and no expansion bombs.
        return Map.of(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE, //
                XMLResource.OPTION_PARSER_FEATURES, Map.of("http://apache.org/xml/features/disallow-doctype-decl",
                        Boolean.TRUE, "http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
                        "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE));
    }
}
