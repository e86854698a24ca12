package org.liftshift.validate.internal;

import java.util.Optional;

/** An IPv4 address range in CIDR notation (a single address is a /32). */
public record Ipv4Range(long first, int prefixLength) {

    /** 172.16.0.0/12, used internally by custom setup (NET-7). */
    static final Ipv4Range CUSTOM_SETUP_RANGE = parse("172.16.0.0/12").orElseThrow();

    /** Addresses Azure reserves in every subnet. */
    public static final int AZURE_RESERVED = 5;

    public static Optional<Ipv4Range> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.trim().split("/");
        String[] octets = parts[0].split("\\.");
        if (octets.length != 4 || parts.length > 2) {
            return Optional.empty();
        }
        try {
            long address = 0;
            for (String octet : octets) {
                int value = Integer.parseInt(octet);
                if (value < 0 || value > 255) {
                    return Optional.empty();
                }
                address = address << 8 | value;
            }
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : 32;
            if (prefix < 0 || prefix > 32) {
                return Optional.empty();
            }
            long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
            return Optional.of(new Ipv4Range(address & mask, prefix));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public long size() {
        return 1L << (32 - prefixLength);
    }

    long last() {
        return first + size() - 1;
    }

    boolean overlaps(Ipv4Range other) {
        return first <= other.last() && other.first <= last();
    }

    boolean contains(Ipv4Range other) {
        return first <= other.first && other.last() <= last();
    }
}
