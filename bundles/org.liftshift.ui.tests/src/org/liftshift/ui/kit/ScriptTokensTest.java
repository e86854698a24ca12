package org.liftshift.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.liftshift.generate.DeploymentKit;
import org.liftshift.generate.KitFile;
import org.liftshift.samples.Samples;
import org.liftshift.ui.kit.ScriptTokens.Kind;
import org.liftshift.ui.kit.ScriptTokens.Language;
import org.liftshift.ui.kit.ScriptTokens.Token;

/** The lexer behind the kit preview's colours. */
class ScriptTokensTest {

    @Test
    void powerShellSpansAreCommentsStringsCmdletsParametersAndVariables() {
        String script = "# sign in\nSet-AzDataFactoryV2IntegrationRuntime -Name 'ir-''x' -Location \"$region `\" x\" <# block\n #> foreach ($n in $nodes) { }";
        List<Token> tokens = ScriptTokens.of(script, Language.POWERSHELL);

        assertThat(texts(script, tokens, Kind.COMMENT)).containsExactly("# sign in", "<# block\n #>");
        assertThat(texts(script, tokens, Kind.COMMAND)).containsExactly("Set-AzDataFactoryV2IntegrationRuntime");
        assertThat(texts(script, tokens, Kind.PARAMETER)).containsExactly("-Name", "-Location");
        assertThat(texts(script, tokens, Kind.STRING)).containsExactly("'ir-''x'", "\"$region `\" x\"");
        assertThat(texts(script, tokens, Kind.KEYWORD)).containsExactly("foreach", "in");
        assertThat(texts(script, tokens, Kind.VARIABLE)).containsExactly("$n", "$nodes");
    }

    @Test
    void tsqlSpansKnowBracketsUnicodeStringsAndSqlcmdVariables() {
        String script = "-- job\nEXEC [dbo].[select] @name = N'it''s', @x = $(DmkPassword); /* c */ SELECT 1";
        List<Token> tokens = ScriptTokens.of(script, Language.TSQL);

        assertThat(texts(script, tokens, Kind.COMMENT)).containsExactly("-- job", "/* c */");
        assertThat(texts(script, tokens, Kind.KEYWORD)).as("a bracketed name is not a keyword").containsExactly("EXEC", "SELECT");
        assertThat(texts(script, tokens, Kind.STRING)).containsExactly("N'it''s'");
        assertThat(texts(script, tokens, Kind.VARIABLE)).containsExactly("@name", "@x", "$(DmkPassword)");
    }

    @Test
    void everyFileOfTheSampleKitLexesIntoOrderedSpansInsideTheText() throws Exception {
        for (KitFile file : DeploymentKit.of(Samples.CONTOSO.loadBundled()).files()) {
            List<Token> tokens = ScriptTokens.of(file.content(), Language.of(file.path()));
            int end = 0;
            for (Token token : tokens) {
                assertThat(token.start()).as(file.path()).isGreaterThanOrEqualTo(end);
                end = token.start() + token.length();
            }
            assertThat(end).as(file.path()).isLessThanOrEqualTo(file.content().length());
            if (Language.of(file.path()) != Language.PLAIN) {
                assertThat(tokens).as(file.path()).isNotEmpty();
            }
        }
    }

    @Test
    void unterminatedSpansEndAtTheEndOfTheText() {
        assertThat(ScriptTokens.of("'open", Language.TSQL)).containsExactly(new Token(Kind.STRING, 0, 5));
        assertThat(ScriptTokens.of("<# open", Language.POWERSHELL)).containsExactly(new Token(Kind.COMMENT, 0, 7));
        assertThat(ScriptTokens.of("# x", Language.PLAIN)).isEmpty();
    }

    private static List<String> texts(String text, List<Token> tokens, Kind kind) {
        return tokens.stream().filter(t -> t.kind() == kind).map(t -> text.substring(t.start(), t.start() + t.length())).toList();
    }
}
