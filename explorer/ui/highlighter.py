"""JavaScript syntax colours: pygments lexes the document once, blocks paint from that one lexing.

Token types map to ``QTextCharFormat`` once per theme. The current step is
not shown here: the editor uses extra selections for it, so stepping never
re-lexes.
"""

from __future__ import annotations

from pygments.lexers import JavascriptLexer
from pygments.token import Token
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from explorer.ui.theme import Theme

TokenType = type(Token)     # pygments' token type (its class is private to pygments)


def _format(spec: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    parts = spec.split()
    fmt.setForeground(QColor(parts[0]))
    if "bold" in parts:
        fmt.setFontWeight(QFont.Weight.Bold)
    if "italic" in parts:
        fmt.setFontItalic(True)
    return fmt


def token_formats(theme: Theme) -> dict[TokenType, QTextCharFormat]:
    formats = {}
    for name, spec in theme.syntax.items():
        ttype = Token
        for part in name.split("."):
            ttype = getattr(ttype, part)
        formats[ttype] = _format(spec)
    return formats


class JavaScriptHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, theme: Theme):
        super().__init__(document)
        self._lexer = JavascriptLexer(stripnl=False, ensurenl=False)
        self._formats: dict[TokenType, QTextCharFormat] = {}
        self._cache: dict[TokenType, QTextCharFormat | None] = {}
        self._spans: list[list[tuple[int, int, QTextCharFormat]]] = []
        self._revision = -1
        self.lex_count = 0
        self.set_theme(theme, rehighlight=False)

    def set_theme(self, theme: Theme, rehighlight: bool = True) -> None:
        self._formats = token_formats(theme)
        self._cache = {}
        self._revision = -1
        if rehighlight:
            self.rehighlight()

    def _format_for(self, ttype: TokenType) -> QTextCharFormat | None:
        if ttype in self._cache:
            return self._cache[ttype]
        t = ttype
        fmt = None
        while t is not None:
            if t in self._formats:
                fmt = self._formats[t]
                break
            t = t.parent
        self._cache[ttype] = fmt
        return fmt

    def _lex(self) -> None:
        doc = self.document()
        text = doc.toPlainText()
        lines = text.split("\n")
        spans: list[list[tuple[int, int, QTextCharFormat]]] = [[] for _ in lines]
        line, col = 0, 0
        for ttype, value in self._lexer.get_tokens(text):
            fmt = self._format_for(ttype)
            pieces = value.split("\n")
            for k, piece in enumerate(pieces):
                if k > 0:
                    line += 1
                    col = 0
                if piece and fmt is not None and line < len(spans):
                    spans[line].append((col, len(piece), fmt))
                col += len(piece)
        self._spans = spans
        self._revision = doc.revision()
        self.lex_count += 1

    def highlightBlock(self, text: str) -> None:
        doc = self.document()
        if doc is None:
            return
        if self._revision != doc.revision() or len(self._spans) != doc.blockCount():
            self._lex()
        n = self.currentBlock().blockNumber()
        spans = self._spans[n] if n < len(self._spans) else []
        for start, length, fmt in spans:
            self.setFormat(start, length, fmt)
        # a block's state is its spans' fingerprint: when it changes, Qt re-highlights the next block too,
        # which is how an opened comment or template string reaches the following lines
        self.setCurrentBlockState(hash(tuple((start, n, id(f)) for start, n, f in spans)) & 0x3FFFFFFF)
