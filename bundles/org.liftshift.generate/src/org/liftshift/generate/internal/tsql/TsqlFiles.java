package org.liftshift.generate.internal.tsql;

import org.liftshift.generate.internal.text.FileNames;
import org.liftshift.model.navigation.AzureResources;
import org.liftshift.model.target.CatalogEndpointKind;
import org.liftshift.model.target.SqlHost;

/** Where the kit's T-SQL files go and how each begins. */
final class TsqlFiles {

    private TsqlFiles() {
    }

    /**
     * {@code tsql/<server>/<file>}: one folder per server the scripts run on, named after the
     * server with anything but letters, digits, - and . replaced, so the kit unpacks anywhere.
     */
    static String path(String server, String file) {
        return "tsql/" + FileNames.safe(server) + "/" + file;
    }

    /** The opening comment lines: what the script does, where and how to run it. */
    static String header(String title, String server, String... notes) {
        StringBuilder sql = new StringBuilder();
        sql.append("-- Liftshift deployment kit: ").append(commentText(title)).append('\n');
        sql.append("-- Run on ").append(commentText(server)).append(" in SSMS or with sqlcmd -S <server> -i <this file>.\n");
        for (String note : notes) {
            sql.append("-- ").append(commentText(note)).append('\n');
        }
        return sql.toString();
    }

    /** Text for a comment line: sqlcmd rewrites $( even in comments, and a line break would end the comment. */
    static String commentText(String text) {
        return text.replaceAll("\\p{Cntrl}", "?").replace("$(", "$ (");
    }

    /** The host name a server answers on: a Managed Instance's private endpoint, a SQL Database server's name. */
    static String host(SqlHost host) {
        return AzureResources.serverEndpoint(host, CatalogEndpointKind.PRIVATE);
    }
}
