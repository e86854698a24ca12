package org.liftshift.importer.internal.dtsx;

/** Names of the SSIS variable and parameter data-type codes (System.TypeCode), as SSDT shows them. */
public final class DataTypes {

    private DataTypes() {
    }

    public static String name(String code) {
        if (code == null) {
            return null;
        }
        return switch (code.trim()) {
            case "2" -> "Int16";
            case "3" -> "Int32";
            case "4" -> "Single";
            case "5" -> "Double";
            case "6" -> "Decimal";
            case "7" -> "DateTime";
            case "8" -> "String";
            case "11" -> "Boolean";
            case "13" -> "Object";
            case "14" -> "Decimal";
            case "16" -> "SByte";
            case "17" -> "Byte";
            case "18" -> "UInt16";
            case "19" -> "UInt32";
            case "20" -> "Int64";
            case "21" -> "UInt64";
            default -> code;
        };
    }
}
