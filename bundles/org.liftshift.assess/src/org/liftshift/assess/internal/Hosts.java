package org.liftshift.assess.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Host names in the server part of connection strings and in UNC paths. */
public final class Hosts {

    /** DNS suffixes of Azure and Microsoft 365 endpoints: data the IR reaches without a virtual network. */
    private static final List<String> AZURE_SUFFIXES = List.of(".windows.net", ".azure.com", ".azure.net", ".azure.cn",
            ".usgovcloudapi.net", ".chinacloudapi.cn", ".azuresynapse.net", ".azuredatalakestore.net", ".cloudapp.net",
            ".dynamics.com", ".sharepoint.com", ".fabric.microsoft.com", ".powerbi.com", ".microsoftonline.com");

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private Hosts() {
    }

    /**
     * The host of a server value such as {@code tcp:srv.corp.local,1433}, {@code SRV01\SALES},
     * {@code asazure://westeurope.asazure.windows.net/model} or {@code np:\\SRV01\pipe\sql\query}; null when
     * there is none.
     */
    public static String of(String server) {
        if (server == null || server.isBlank()) {
            return null;
        }
        String host = server.strip();
        int scheme = host.indexOf("://");
        if (scheme >= 0) {
            host = host.substring(scheme + 3);
            int slash = host.indexOf('/');
            return slash < 0 ? host : host.substring(0, slash);
        }
        if (host.regionMatches(true, 0, "np:", 0, 3) && host.startsWith("\\\\", 3)) {
            return FilePaths.uncHost(host.substring(3));
        }
        host = host.replaceFirst("(?i)^(tcp|np|lpc|admin):", "");
        host = host.split("[\\\\,;]", 2)[0].strip();
        if (host.startsWith("[") && host.contains("]")) {
            return host.substring(1, host.indexOf(']'));
        }
        return host.isEmpty() ? null : host;
    }

    /** The IR node itself: {@code .}, {@code (local)}, {@code localhost}, LocalDB. */
    public static boolean isLocal(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.equals(".") || lower.equals("(local)") || lower.equals("localhost") || lower.startsWith("(localdb)")
                || lower.equals("127.0.0.1") || lower.equals("::1");
    }

    public static boolean isAzureEndpoint(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return AZURE_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    static boolean isIpAddress(String host) {
        return IPV4.matcher(host).matches() || host.contains(":");
    }

    /** Whether {@code host} resolves without a DNS search suffix: has a domain, or is an address. */
    static boolean isFullyQualified(String host) {
        return host.contains(".") || isIpAddress(host);
    }

    /** Whether a value names something an expression or variable supplies at run time, not a host. */
    public static boolean isPlaceholder(String host) {
        return host.startsWith("@") || host.startsWith("$") || host.contains("%") || host.startsWith("{");
    }
}
