package org.liftshift.model.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.liftshift.model.estate.EstateFactory;
import org.liftshift.model.estate.Package;
import org.liftshift.model.estate.Parameter;
import org.liftshift.model.estate.Project;

class IsServerCommandTest {

    /** A step command as SSMS 20 scripts it, with an environment and three kinds of override. */
    static final String SSMS_COMMAND = "/ISSERVER \"\\\"\\SSISDB\\Finance\\Finance ETL\\LoadGeneralLedger.dtsx\\\"\""
            + " /SERVER \"\\\"CONTOSO-SQL01\\\"\" /ENVREFERENCE 3"
            + " /Par \"\\\"$Project::BatchSize(Int32)\\\"\";500"
            + " /Par \"\\\"CM.Source.InitialCatalog\\\"\";\"\\\"Finance DW\\\"\""
            + " /Par \"\\\"$ServerOption::LOGGING_LEVEL(Int16)\\\"\";3"
            + " /Par \"\\\"$ServerOption::SYNCHRONIZED(Boolean)\\\"\";True /CALLERINFO SQLAGENT /REPORTING E";

    static final List<String> HOSTILE = List.of("O'Brien", "double \"quoted\"", "back`tick", "$env:USERNAME", "[a]]b]",
            "semi;colon", "dash -- comment", "/* c */", "line\nbreak\r\n", "Прибыль 財務", "rocket 🚀", "ends with \"",
            "trailing slash/", " spaced ", "tab\t", "$(sqlcmd)", "/ISSERVER", "\"\"", "a\\\"b");

    @Test
    void readsEveryPartOfAnSsmsCommand() {
        IsServerCommand command = IsServerCommand.parse(SSMS_COMMAND);

        assertThat(command.folder()).isEqualTo("Finance");
        assertThat(command.project()).isEqualTo("Finance ETL");
        assertThat(command.packageName()).isEqualTo("LoadGeneralLedger.dtsx");
        assertThat(command.server()).isEqualTo("CONTOSO-SQL01");
        assertThat(command.environmentReference()).isEqualTo("3");
        assertThat(command.parameters()).containsExactly(new ParameterOverride("$Project::BatchSize(Int32)", "500"),
                new ParameterOverride("CM.Source.InitialCatalog", "Finance DW"),
                new ParameterOverride("$ServerOption::LOGGING_LEVEL(Int16)", "3"),
                new ParameterOverride("$ServerOption::SYNCHRONIZED(Boolean)", "True"));
        assertThat(command.parameters().get(2).serverOption()).isEqualTo("LOGGING_LEVEL");
        assertThat(command.parameters().get(0).serverOption()).isNull();
    }

    @Test
    void writesAnSsmsCommandBackAsItWas() {
        assertThat(IsServerCommand.parse(SSMS_COMMAND).toCommandLine()).isEqualTo(SSMS_COMMAND);
    }

    @Test
    void aNewCommandHasTheOptionsSsmsWrites() {
        assertThat(IsServerCommand.of("Finance", "Finance ETL", "Load.dtsx", "sqlmi.contoso.net").toCommandLine())
                .isEqualTo("/ISSERVER \"\\\"\\SSISDB\\Finance\\Finance ETL\\Load.dtsx\\\"\" /SERVER \"\\\"sqlmi.contoso.net\\\"\""
                        + " /Par \"\\\"$ServerOption::LOGGING_LEVEL(Int16)\\\"\";1"
                        + " /Par \"\\\"$ServerOption::SYNCHRONIZED(Boolean)\\\"\";True /CALLERINFO SQLAGENT /REPORTING E");
    }

    @Test
    void retargetingKeepsTheOtherOptionsInTheirPlace() {
        IsServerCommand moved = IsServerCommand.parse(SSMS_COMMAND).withPackage("Finance (Azure)", "Finance ETL", "Load.dtsx")
                .withServer("sqlmi.contoso.net").withEnvironmentReference("17");

        assertThat(moved.options()).extracting(IsServerCommand.Option::name).containsExactly("/ISSERVER", "/SERVER",
                "/ENVREFERENCE", "/Par", "/Par", "/Par", "/Par", "/CALLERINFO", "/REPORTING");
        assertThat(IsServerCommand.parse(moved.toCommandLine())).isEqualTo(moved);
        assertThat(moved.folder()).isEqualTo("Finance (Azure)");
        assertThat(moved.environmentReference()).isEqualTo("17");
        assertThat(moved.withEnvironmentReference(null).environmentReference()).isNull();
    }

    @Test
    void anEnvironmentReferenceIsAddedAfterTheServer() {
        IsServerCommand command = IsServerCommand.of("F", "P", "K.dtsx", "s").withEnvironmentReference("4");

        assertThat(command.options()).extracting(IsServerCommand.Option::name).startsWith("/ISSERVER", "/SERVER",
                "/ENVREFERENCE", "/Par");
    }

    @Test
    void parametersAreReplacedInTheirPlace() {
        IsServerCommand command = IsServerCommand.parse(SSMS_COMMAND)
                .withParameters(List.of(new ParameterOverride("$Package::Mode", "full load")));

        assertThat(command.parameters()).containsExactly(new ParameterOverride("$Package::Mode", "full load"));
        assertThat(command.options()).extracting(IsServerCommand.Option::name).containsExactly("/ISSERVER", "/SERVER",
                "/ENVREFERENCE", "/Par", "/CALLERINFO", "/REPORTING");
    }

    @Test
    void hostileNamesAndValuesReadBackExactly() {
        for (String name : HOSTILE) {
            // a backslash separates the path's names, so catalog names cannot have one
            String catalogName = name.replace('\\', '/');
            IsServerCommand command = IsServerCommand.of(catalogName, catalogName + "p", catalogName + "k", name)
                    .withParameters(List.of(new ParameterOverride("$Project::" + name, name),
                            new ParameterOverride("CM." + name + ".ConnectionString", name)));

            IsServerCommand read = IsServerCommand.parse(command.toCommandLine());

            assertThat(read.folder()).as("folder %s", name).isEqualTo(catalogName);
            assertThat(read.project()).isEqualTo(catalogName + "p");
            assertThat(read.packageName()).isEqualTo(catalogName + "k");
            assertThat(read.server()).isEqualTo(name);
            assertThat(read.parameters()).as("parameters %s", name).containsExactly(
                    new ParameterOverride("$Project::" + name, name), new ParameterOverride("CM." + name + ".ConnectionString", name));
        }
    }

    @Test
    void quotingIsTheInverseOfSplitting() {
        for (String value : HOSTILE) {
            for (String argument : List.of(value, "\\" + value + "\\", value + "\\\\\"", "")) {
                assertThat(CommandLineArguments.split(CommandLineArguments.quote(argument))).as("argument %s", argument)
                        .containsExactly(argument);
            }
        }
    }

    @Test
    void splitsAsTheMicrosoftRuntimeDoes() {
        assertThat(CommandLineArguments.split("a\\\\b \"c d\" e\\\"f \"g\\\\\" h\\\\\\\"i"))
                .containsExactly("a\\\\b", "c d", "e\"f", "g\\", "h\\\"i");
    }

    @Test
    void aBrokenCommandIsRefusedWithWhatIsWrongAndHowToFixIt() {
        assertThatThrownBy(() -> IsServerCommand.parse("/ISSERVER \"\\\"\\SSISDB\\F\\P\\K.dtsx")).hasMessageContaining(
                "character 11 is never closed");
        assertThatThrownBy(() -> IsServerCommand.parse("/FILE \"\\\"C:\\pkg.dtsx\\\"\"")).hasMessageContaining(
                "no /ISSERVER");
        assertThatThrownBy(() -> IsServerCommand.parse("/ISSERVER \"\\\"\\MSDB\\F\\K.dtsx\\\"\"")).hasMessageContaining(
                "is not \\SSISDB\\<folder>\\<project>\\<package>");
        assertThatThrownBy(() -> IsServerCommand.parse(
                "/ISSERVER \"\\\"\\SSISDB\\F\\P\\K.dtsx\\\"\" /Par \"\\\"$Project::X\\\"\"")).hasMessageContaining("no ';'");
        assertThatThrownBy(() -> IsServerCommand.parse("stray /ISSERVER x")).hasMessageContaining("'stray' is not a dtexec option");
        assertThatThrownBy(() -> IsServerCommand.of("a\\b", "P", "K", "s")).hasMessageContaining("no backslash");
    }

    @Test
    void secretsAreTheSensitiveParametersAndPasswordsInConnectionStrings() {
        Project project = EstateFactory.eINSTANCE.createProject();
        Package pkg = EstateFactory.eINSTANCE.createPackage();
        project.getPackages().add(pkg);
        Parameter apiKey = EstateFactory.eINSTANCE.createParameter();
        apiKey.setName("ApiKey");
        apiKey.setSensitive(true);
        project.getParameters().add(apiKey);
        Parameter region = EstateFactory.eINSTANCE.createParameter();
        region.setName("Region");
        pkg.getParameters().add(region);

        assertThat(SensitiveOverrides.isSensitive(new ParameterOverride("$Project::ApiKey(String)", "k"), pkg)).isTrue();
        assertThat(SensitiveOverrides.isSensitive(new ParameterOverride("$Package::Region", "weu"), pkg)).isFalse();
        assertThat(SensitiveOverrides.isSensitive(new ParameterOverride("CM.Source.Password", "p"), pkg)).isTrue();
        assertThat(SensitiveOverrides.isSensitive(new ParameterOverride("$Package::DbPwd", "p"), null)).isTrue();
        assertThat(SensitiveOverrides.isSensitive(
                new ParameterOverride("CM.Source.ConnectionString", "Data Source=x;User ID=u;Password=p;"), pkg)).isTrue();
        assertThat(SensitiveOverrides.isSensitive(
                new ParameterOverride("CM.Source.ConnectionString", "Data Source=x;Integrated Security=SSPI;"), pkg)).isFalse();
        assertThat(SensitiveOverrides.isSensitive(new ParameterOverride("$ServerOption::LOGGING_LEVEL(Int16)", "1"), pkg))
                .isFalse();
    }
}
