package org.liftshift.ui.kit;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.liftshift.ui.kit.ScriptTokens.Kind;
import org.liftshift.ui.kit.ScriptTokens.Language;

/**
 * The kit preview's colouring as JFace text sees it: the spans of {@link ScriptTokens} handed to a
 * presentation reconciler, with the text between them as undefined tokens (the viewer's default
 * colours). The whole document is lexed at each range because strings and comments span lines.
 */
final class ScriptTokenScanner implements ITokenScanner {

    private final Map<Kind, IToken> tokens = new EnumMap<>(Kind.class);
    private Language language = Language.PLAIN;
    private List<ScriptTokens.Token> spans = List.of();
    private int next;
    private int position;
    private int end;
    private int tokenOffset;
    private int tokenLength;

    ScriptTokenScanner() {
        for (Kind kind : Kind.values()) {
            tokens.put(kind, new Token(new TextAttribute(new Color(colour(kind)), null,
                    kind == Kind.KEYWORD ? SWT.BOLD : SWT.NORMAL)));
        }
    }

    private static RGB colour(Kind kind) {
        return switch (kind) {
            case COMMENT -> new RGB(63, 127, 95);
            case STRING -> new RGB(42, 0, 255);
            case KEYWORD -> new RGB(127, 0, 85);
            case COMMAND -> new RGB(0, 110, 140);
            case PARAMETER -> new RGB(100, 70, 0);
            case VARIABLE -> new RGB(190, 90, 0);
        };
    }

    /** The language of the next document; set before the document is shown. */
    void setLanguage(Language language) {
        this.language = language;
    }

    @Override
    public void setRange(IDocument document, int offset, int length) {
        spans = ScriptTokens.of(document.get(), language);
        position = offset;
        end = offset + length;
        next = 0;
        while (next < spans.size() && endOf(spans.get(next)) <= offset) {
            next++;
        }
    }

    @Override
    public IToken nextToken() {
        tokenOffset = position;
        if (position >= end) {
            tokenLength = 0;
            return Token.EOF;
        }
        if (next < spans.size()) {
            ScriptTokens.Token span = spans.get(next);
            if (span.start() <= position) {
                next++;
                return advanceTo(Math.min(endOf(span), end), tokens.get(span.kind()));
            }
            return advanceTo(Math.min(span.start(), end), Token.UNDEFINED);
        }
        return advanceTo(end, Token.UNDEFINED);
    }

    private IToken advanceTo(int stop, IToken token) {
        tokenLength = stop - position;
        position = stop;
        return token;
    }

    private static int endOf(ScriptTokens.Token span) {
        return span.start() + span.length();
    }

    @Override
    public int getTokenOffset() {
        return tokenOffset;
    }

    @Override
    public int getTokenLength() {
        return tokenLength;
    }
}
