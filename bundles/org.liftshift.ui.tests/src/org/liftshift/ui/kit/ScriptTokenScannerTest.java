package org.liftshift.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;
import org.liftshift.ui.kit.ScriptTokens.Language;

/** The kit preview's colouring as the presentation reconciler reads it. */
class ScriptTokenScannerTest {

    private record Piece(String text, String style) {
    }

    private static List<Piece> scan(String text, Language language, int offset, int length) {
        ScriptTokenScanner scanner = new ScriptTokenScanner();
        scanner.setLanguage(language);
        Document document = new Document(text);
        scanner.setRange(document, offset, length);
        List<Piece> pieces = new ArrayList<>();
        int expected = offset;
        for (IToken token = scanner.nextToken(); !token.isEOF(); token = scanner.nextToken()) {
            assertThat(scanner.getTokenOffset()).as("tokens follow each other").isEqualTo(expected);
            expected += scanner.getTokenLength();
            String style = token.getData() instanceof TextAttribute attribute
                    ? attribute.getForeground().getRGB() + ((attribute.getStyle() & SWT.BOLD) != 0 ? " bold" : "")
                    : "default";
            pieces.add(new Piece(text.substring(scanner.getTokenOffset(), expected), style));
        }
        assertThat(expected).as("the range is covered").isEqualTo(offset + length);
        return pieces;
    }

    @Test
    void aPowerShellLineIsSplitIntoColouredSpansAndDefaultText() {
        String script = "# sign in\nStart-AzDataFactoryV2IntegrationRuntime -Name 'ir' -Force";
        List<Piece> pieces = scan(script, Language.POWERSHELL, 0, script.length());

        assertThat(pieces).extracting(Piece::text).containsExactly("# sign in", "\n",
                "Start-AzDataFactoryV2IntegrationRuntime", " ", "-Name", " ", "'ir'", " ", "-Force");
        assertThat(pieces.get(1).style()).isEqualTo("default");
        assertThat(pieces.get(0).style()).isNotEqualTo("default").isNotEqualTo(pieces.get(2).style());
        assertThat(pieces.get(4).style()).isEqualTo(pieces.get(8).style());
    }

    @Test
    void aRangeThatStartsInsideACommentIsClippedToTheRange() {
        String script = "SELECT 1; /* a comment\nthat spans lines */ GO";
        int offset = script.indexOf("that");
        List<Piece> pieces = scan(script, Language.TSQL, offset, script.length() - offset);

        assertThat(pieces.get(0).text()).isEqualTo("that spans lines */");
        assertThat(pieces.get(pieces.size() - 1)).isEqualTo(new Piece("GO", pieces.get(pieces.size() - 1).style()));
        assertThat(pieces.get(pieces.size() - 1).style()).endsWith("bold");
    }

    @Test
    void plainTextHasOneDefaultToken() {
        assertThat(scan("kit readme", Language.PLAIN, 0, 10)).containsExactly(new Piece("kit readme", "default"));
    }
}
