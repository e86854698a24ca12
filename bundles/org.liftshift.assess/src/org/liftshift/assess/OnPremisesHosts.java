package org.liftshift.assess;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.liftshift.assess.internal.FilePaths;
import org.liftshift.assess.internal.Hosts;
import org.liftshift.model.estate.ConnectionManager;
import org.liftshift.model.estate.Estate;

/**
 * The on-premises hosts an estate's packages reach: servers of connection managers and hosts of UNC
 * paths, without Azure endpoints, the local machine and values supplied at run time. The IR reaches
 * them only through a virtual network or a self-hosted IR proxy (rule 1001).
 */
public final class OnPremisesHosts {

    private OnPremisesHosts() {
    }

    /** Each host, lower case and sorted, with the number of connection managers that reach it. */
    public static Map<String, Integer> of(Estate estate) {
        Map<String, Integer> hosts = new TreeMap<>();
        if (estate == null) {
            return hosts;
        }
        for (TreeIterator<EObject> it = estate.eAllContents(); it.hasNext();) {
            if (it.next() instanceof ConnectionManager manager) {
                String host = Hosts.of(manager.getServer());
                if (host == null && manager.getFilePath() != null) {
                    host = FilePaths.uncHost(manager.getFilePath());
                }
                if (host != null && !Hosts.isPlaceholder(host) && !Hosts.isAzureEndpoint(host) && !Hosts.isLocal(host)) {
                    hosts.merge(host.toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
        }
        return hosts;
    }
}
