package org.liftshift.validate;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The node sizes the Azure-SSIS IR offers and how many packages each may run at once
 * (AzureSSISMaxParallelExecutionsPerNode): 1 to 4 on Standard_D1_v2, 1 to max(2 x cores, 8) on the
 * others. From "Configure the Azure-SSIS integration runtime for high performance".
 */
public final class NodeSizes {

    private static final Map<String, Integer> CORES = Map.ofEntries(Map.entry("Standard_A4_v2", 4), Map.entry("Standard_A8_v2", 8),
            Map.entry("Standard_D1_v2", 1), Map.entry("Standard_D2_v2", 2), Map.entry("Standard_D3_v2", 4),
            Map.entry("Standard_D4_v2", 8), Map.entry("Standard_D2_v3", 2), Map.entry("Standard_D4_v3", 4),
            Map.entry("Standard_D8_v3", 8), Map.entry("Standard_D16_v3", 16), Map.entry("Standard_D32_v3", 32),
            Map.entry("Standard_D64_v3", 64), Map.entry("Standard_E2_v3", 2), Map.entry("Standard_E4_v3", 4),
            Map.entry("Standard_E8_v3", 8), Map.entry("Standard_E16_v3", 16), Map.entry("Standard_E32_v3", 32),
            Map.entry("Standard_E64_v3", 64));

    /** Every size, in the documentation's order: A, D v2, D v3, E v3, small to large. */
    public static final List<String> ALL = List.of("Standard_A4_v2", "Standard_A8_v2", "Standard_D1_v2", "Standard_D2_v2",
            "Standard_D3_v2", "Standard_D4_v2", "Standard_D2_v3", "Standard_D4_v3", "Standard_D8_v3", "Standard_D16_v3",
            "Standard_D32_v3", "Standard_D64_v3", "Standard_E2_v3", "Standard_E4_v3", "Standard_E8_v3", "Standard_E16_v3",
            "Standard_E32_v3", "Standard_E64_v3");

    private NodeSizes() {
    }

    /** The cores of a size, if Liftshift knows the size. */
    public static Optional<Integer> cores(String size) {
        return Optional.ofNullable(size == null ? null : CORES.get(size));
    }

    /** The most parallel executions per node the size supports without a support ticket. */
    public static Optional<Integer> maxParallelPerNode(String size) {
        return cores(size).map(cores -> "Standard_D1_v2".equals(size) ? 4 : Math.max(2 * cores, 8));
    }
}
