package org.liftshift.importer.server;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens read-only connections to the databases the discovery queries run in. */
@FunctionalInterface
public interface SqlConnections {

    Connection open(DiscoveryQuery.Database database) throws SQLException;
}
