package org.liftshift.ui.topology;

import org.eclipse.osgi.util.NLS;

/** Texts of the Topology view. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.liftshift.ui.topology.messages"; //$NON-NLS-1$

    public static String Topology_noDesign;
    public static String Topology_zoomIn;
    public static String Topology_zoomOut;
    public static String Topology_fit;
    public static String Topology_actualSize;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
