package org.liftshift.importer.large;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a format 8 package of a chosen size the way big real packages get big: a designer layout
 * in DesignTimeProperties, a Script Task whose project items and compiled binary are stored inline,
 * and a data flow whose components carry thousands of column definitions.
 */
final class LargePackage {

    static final int COMPONENTS = 400;
    static final int COLUMNS_PER_COMPONENT = 500;

    private LargePackage() {
    }

    /** @return the size in bytes of the file written, at least {@code minimumBytes} */
    static long write(Path file, long minimumBytes) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("""
                    <?xml version="1.0"?>
                    <DTS:Executable xmlns:DTS="www.microsoft.com/SqlServer/Dts" DTS:refId="Package" DTS:ObjectName="Large"
                      DTS:CreationName="Microsoft.Package" DTS:DTSID="{11111111-2222-3333-4444-555555555555}"
                      DTS:PackageFormatVersion="8" DTS:ProtectionLevel="0" DTS:ExecutableType="Microsoft.Package">
                      <DTS:ConnectionManagers>
                        <DTS:ConnectionManager DTS:refId="Package.ConnectionManagers[Warehouse]" DTS:ObjectName="Warehouse"
                          DTS:CreationName="OLEDB" DTS:DTSID="{AAAAAAAA-0000-0000-0000-000000000001}">
                          <DTS:ObjectData>
                            <DTS:ConnectionManager DTS:ConnectionString="Data Source=dw01.contoso.local;Initial Catalog=DW;Provider=SQLNCLI11.1;Integrated Security=SSPI;" />
                          </DTS:ObjectData>
                        </DTS:ConnectionManager>
                      </DTS:ConnectionManagers>
                      <DTS:Variables>
                        <DTS:Variable DTS:ObjectName="Payload" DTS:Namespace="User" DTS:DTSID="{BBBBBBBB-0000-0000-0000-000000000001}">
                          <DTS:VariableValue DTS:DataType="8">""");
            // a variable holding a whole document: kept only up to the limit of one property value
            repeat(out, "&lt;row id='1'&gt;payload&lt;/row&gt;", 8_000_000);
            out.write("""
                    </DTS:VariableValue>
                        </DTS:Variable>
                      </DTS:Variables>
                      <DTS:Executables>
                        <DTS:Executable DTS:refId="Package\\Script" DTS:ObjectName="Script" DTS:CreationName="Microsoft.ScriptTask"
                          DTS:ExecutableType="Microsoft.ScriptTask">
                          <DTS:ObjectData>
                            <ScriptProject Name="ST_Large" Language="CSharp">
                              <ProjectItem Name="ScriptMain.cs" Encoding="UTF8"><![CDATA[""");
            long size = 0;
            long third = minimumBytes / 3;
            size += repeat(out, "public void Main() { Dts.TaskResult = (int)ScriptResults.Success; }\n", third);
            out.write("]]></ProjectItem>\n<BinaryItem Name=\"bin\\\\ST_Large.dll\">");
            size += repeat(out, "TVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAA4fug4AtAnNIbgBTM0hVGhp\n",
                    third);
            out.write("""
                    </BinaryItem>
                            </ScriptProject>
                          </DTS:ObjectData>
                        </DTS:Executable>
                        <DTS:Executable DTS:refId="Package\\Load" DTS:ObjectName="Load" DTS:CreationName="Microsoft.Pipeline"
                          DTS:ExecutableType="Microsoft.Pipeline">
                          <DTS:ObjectData>
                            <pipeline version="1">
                              <components>
                    """);
            for (int c = 0; c < COMPONENTS; c++) {
                out.write("<component refId=\"Package\\Load\\Convert " + c + "\" name=\"Convert " + c
                        + "\" componentClassID=\"Microsoft.DataConvert\">\n<outputs><output name=\"Output\"><outputColumns>\n");
                for (int i = 0; i < COLUMNS_PER_COMPONENT; i++) {
                    out.write("<outputColumn refId=\"Package\\Load\\Convert " + c + ".Outputs[Output].Columns[Column " + i
                            + "]\" dataType=\"wstr\" length=\"4000\" name=\"Column " + i
                            + "\" lineageId=\"Package\\Load\\Convert " + c + ".Outputs[Output].Columns[Column " + i + "]\" />\n");
                }
                out.write("</outputColumns></output></outputs>\n</component>\n");
            }
            out.write("""
                              </components>
                            </pipeline>
                          </DTS:ObjectData>
                        </DTS:Executable>
                      </DTS:Executables>
                      <DTS:DesignTimeProperties><![CDATA[""");
            size += repeat(out, "<Layout><GraphLayout Capacity=\"4\" xmlns=\"clr-namespace:Microsoft.SqlServer.IntegrationServices.Designer.Model.Serialization\" /></Layout>\n",
                    minimumBytes - 2 * third);
            out.write("]]></DTS:DesignTimeProperties>\n</DTS:Executable>\n");
        }
        return Files.size(file);
    }

    private static long repeat(BufferedWriter out, String text, long bytes) throws IOException {
        long written = 0;
        while (written < bytes) {
            out.write(text);
            written += text.length();
        }
        return written;
    }
}
