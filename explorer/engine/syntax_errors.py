"""Syntax errors as V8 words and places them.

esprima finds the same errors as V8 but words some of them differently
("Unexpected identifier" where Node 20 says "Unexpected identifier 'b'") and
reports scanner errors where the scanner stopped rather than where the bad
token starts. Only when a parse has failed, ``v8_syntax_error`` parses the
source again with a diagnostic subclass of esprima's parser that knows what it
was doing (which token, inside an argument list, inside a regular expression
literal or a comment…) and returns V8's message, line and column.

Line numbers are 1-based and columns 0-based, in UTF-16 code units like
esprima's locations.
"""

from __future__ import annotations

import re

import esprima
from esprima.messages import Messages
from esprima.parser import Parser
from esprima.scanner import Scanner
from esprima.token import Token

from .builtins.regexp import RegexSyntaxError, compile_pattern, valid_flags

_LINE_BREAK = re.compile(r"\r\n|[\r\n\u2028\u2029]")


class _Found(Exception):
    """A diagnosis: V8's message and the source index it points at."""

    def __init__(self, message: str, index: int):
        super().__init__(message)
        self.message = message
        self.index = index


# esprima's message -> V8's, where only the words differ
_RENAMED = {
    Messages.StrictReservedWord: "Unexpected strict mode reserved word",
    Messages.IllegalContinue: "Illegal continue statement: no surrounding iteration statement",
    Messages.StrictParamDupe: "Duplicate parameter name not allowed in this context",
    Messages.BadGetterArity: "Getter must not have any formal parameters.",
    Messages.BadSetterArity: "Setter must have exactly one formal parameter.",
    Messages.StaticPrototype: "Classes may not have a static property named 'prototype'",
    Messages.StrictFunction: "In strict mode code, functions can only be declared at top level or inside a block.",
    Messages.StrictLHSAssignment: "Unexpected eval or arguments in strict mode",
    Messages.StrictVarName: "Unexpected eval or arguments in strict mode",
    Messages.StrictParamName: "Unexpected eval or arguments in strict mode",
    Messages.StrictFunctionName: "Unexpected eval or arguments in strict mode",
    Messages.StrictCatchVariable: "Unexpected eval or arguments in strict mode",
    Messages.StrictLHSPostfix: "Unexpected eval or arguments in strict mode",
    Messages.StrictLHSPrefix: "Unexpected eval or arguments in strict mode",
    Messages.GeneratorInLegacyContext: "Generators can only be declared at the top level or inside a block.",
    "super() is only valid in a derived class constructor": "'super' keyword unexpected here",
}


def _at_statement_start(name: str, messages: set):
    """esprima's ``name`` parse method, with these errors placed at the statement's first token as V8 does."""
    base = getattr(Parser, name)

    def method(self, *args):
        start = self.lookahead.start
        try:
            return base(self, *args)
        except esprima.Error as e:
            msg = _message(e)
            if msg in messages:
                raise _Found(msg, start) from None
            raise
    method.__name__ = name
    return method


class _DiagScanner(Scanner):
    """esprima's scanner, remembering where the literal it is reading starts."""

    regex_start = -1
    regex_body = None
    regex_flags = None

    def scanRegExp(self):
        self.regex_start = self.index
        self.regex_body = self.regex_flags = None
        return Scanner.scanRegExp(self)

    def scanRegExpBody(self):
        self.regex_body = Scanner.scanRegExpBody(self)
        return self.regex_body

    def scanRegExpFlags(self):
        self.regex_flags = Scanner.scanRegExpFlags(self)
        return self.regex_flags


class _DiagParser(Parser):
    """esprima's parser, raising ``_Found`` with V8's wording for the errors learners meet."""

    def _diag_scanner(self) -> None:
        if type(self.scanner) is Scanner:
            self.scanner.__class__ = _DiagScanner

    # ------------------------------------------------------------ tokens
    def collectComments(self):
        self._diag_scanner()
        start = self.scanner.index
        try:
            return Parser.collectComments(self)
        except esprima.Error as e:
            if _message(e) == Messages.UnexpectedTokenIllegal:
                src = self.scanner.source[:self.scanner.length]
                raise _Found("Invalid or unexpected token", _open_comment(src, start)) from None
            raise

    def nextToken(self, allowEscaped=False):
        self._diag_scanner()
        consumed = self.lookahead
        try:
            token = Parser.nextToken(self, allowEscaped)
        except esprima.Error as e:
            raise self._scanner_error(e) from None
        self._before_previous = getattr(self, "_previous", None)
        self._previous = consumed
        return token

    def nextRegexToken(self):
        self._diag_scanner()
        try:
            return Parser.nextRegexToken(self)
        except esprima.Error as e:
            raise self._scanner_error(e) from None

    def _scanner_error(self, e) -> Exception:
        msg = _message(e)
        sc = self.scanner
        src = sc.source
        if msg in (Messages.InvalidRegExp, Messages.UnterminatedRegExp) and sc.regex_start >= 0:
            return _Found(_regex_message(msg, sc.regex_body, sc.regex_flags), sc.regex_start)
        if msg != Messages.UnexpectedTokenIllegal:
            return e
        start = self.startMarker.index
        index = _scalar_index(src, e.index)
        n = sc.length   # the scanner's source ends with a NUL sentinel
        if start < n and src[start] in "`}" and index >= n:
            return _Found("Unexpected end of input", n)     # a template literal never closed
        before = src[max(start, 0):index]
        m = re.search(r"\\u(\{[0-9a-fA-F]*|[0-9a-fA-F]{0,3})$", before)
        if m:   # V8 points at the first bad character of \u{...}, at the backslash of \uXXXX
            return _Found("Invalid Unicode escape sequence", index if m.group(1)[:1] == "{" else start + m.start())
        if start < n and src[start] in "0123456789." and "_" in src[index - 1:index + 1]:
            return _Found("Numeric separators are not allowed at the end of numeric literals",
                          index + 1 if src[index:index + 1] == "_" else index)
        return _Found("Invalid or unexpected token", start)

    # ------------------------------------------------------------ grammar
    def unexpectedTokenError(self, token=None, message=None):
        if token is not None and message == "Unexpected token":   # import/export in a script
            if token.value == "import":
                return _Found("Cannot use import statement outside a module", token.start)
            return _Found(f"Unexpected token '{token.value}'", token.start)
        if token is not None and message in (None, Messages.UnexpectedToken):
            found = self._unexpected(token)
            if found is not None:
                return found
        if message in _RENAMED:
            message = _RENAMED[message]
        return Parser.unexpectedTokenError(self, token, message)

    def _unexpected(self, token):
        t = token.type
        value = token.value
        prev = getattr(self, "_previous", None)
        if token is prev:   # the token was consumed already: look at the one before it
            prev = getattr(self, "_before_previous", None)
        if (prev is not None and prev.type is Token.Identifier and prev.value == "await"
                and not self.context.allowAwait and t is not Token.EOF and token is self.lookahead):
            return _Found("await is only valid in async functions and the top level bodies of modules", prev.start)
        if t is Token.EOF:
            return _Found("Unexpected end of input", self.scanner.length)
        if (value == "(" and t is Token.Punctuator and prev is not None and prev.type is Token.Keyword
                and prev.value == "function"):
            return _Found("Function statements require a function name", prev.start)
        if t is Token.Identifier:
            if value == "target" and prev is not None and prev.value == ".":
                return _Found("new.target expression is not allowed here", token.start)
            if value == "await" and self.context.allowAwait:
                return _Found("Unexpected reserved word", token.start)
            return _Found(f"Unexpected identifier '{value}'", token.start)
        if t is Token.NumericLiteral:
            return _Found("Unexpected number", token.start)
        if t is Token.StringLiteral:
            return _Found("Unexpected string", token.start)
        if t is Token.Template:
            return _Found("Unexpected template string", token.start)
        if t is Token.RegularExpression:
            return _Found("Unexpected regular expression", token.start)
        if t is Token.Keyword:
            if value == "super":
                return _Found("'super' keyword unexpected here", token.start)
            meta = re.match(r"\s*\.\s*meta\b", self.scanner.source[token.end:]) if value == "import" else None
            if meta:   # V8 points at "meta"
                return _Found("Cannot use 'import.meta' outside a module", token.end + meta.end() - 4)
            if self.scanner.isFutureReservedWord(value):
                return _Found("Unexpected reserved word", token.start)
            if self.scanner.isStrictModeReservedWord(value):
                return _Found("Unexpected strict mode reserved word", token.start)
        if value == "**":
            return _Found("Unary operator used immediately before exponentiation expression. "
                          "Parenthesis must be used to disambiguate operator precedence", token.start)
        return _Found(f"Unexpected token '{value}'", token.start)

    def throwError(self, messageFormat, *args):
        if messageFormat in _RENAMED:
            messageFormat = _RENAMED[messageFormat]
        return Parser.throwError(self, messageFormat, *args)

    def tolerateError(self, messageFormat, *args):
        if messageFormat in _RENAMED:
            messageFormat = _RENAMED[messageFormat]
        return Parser.tolerateError(self, messageFormat, *args)

    def parseArguments(self):
        """As esprima's, but an argument followed by neither ',' nor ')' is V8's "missing )"."""
        self.expect("(")
        args = []
        if not self.match(")"):
            while True:
                if self.match("..."):
                    expr = self.parseSpreadElement()
                else:
                    expr = self.isolateCoverGrammar(self.parseAssignmentExpression)
                args.append(expr)
                if self.match(")"):
                    break
                if not self.match(","):   # V8 points at the last token of the argument
                    raise _Found("missing ) after argument list", self._previous.start)
                self.nextToken()
                if self.match(")"):
                    break
        self.expect(")")
        return args

    parseContinueStatement = _at_statement_start(
        "parseContinueStatement", {_RENAMED[Messages.IllegalContinue]})
    parseBreakStatement = _at_statement_start("parseBreakStatement", {Messages.IllegalBreak})
    parseReturnStatement = _at_statement_start("parseReturnStatement", {Messages.IllegalReturn})
    parseThrowStatement = _at_statement_start("parseThrowStatement", {Messages.NewlineAfterThrow})
    parseWithStatement = _at_statement_start("parseWithStatement", {Messages.StrictModeWith})

    parseAssignmentExpression = _at_statement_start("parseAssignmentExpression", {Messages.InvalidLHSInAssignment})
    parseUpdateExpression = _at_statement_start("parseUpdateExpression", {Messages.InvalidLHSInAssignment})

    def parseLexicalBinding(self, kind, options):
        start = self.lookahead.start
        try:
            return Parser.parseLexicalBinding(self, kind, options)
        except esprima.Error as e:
            if _message(e) == "Missing initializer in const declaration":
                pattern = self.scanner.source[start:start + 1] in ("[", "{")
                raise _Found("Missing initializer in destructuring declaration" if pattern
                             else "Missing initializer in const declaration", start) from None
            raise

    def parseTemplateHead(self):
        if not self.lookahead.head:   # esprima asserts; V8 sees the '}' that closes nothing
            raise _Found("Unexpected token '}'", self.lookahead.start)
        return Parser.parseTemplateHead(self)


def _message(e) -> str:
    msg = str(getattr(e, "description", None) or e)
    if msg.startswith("Line ") and ": " in msg:
        msg = msg.split(": ", 1)[1]
    return msg


def _scalar_index(source: str, index) -> int:
    """esprima reports UTF-16 offsets; the Python index of the same place."""
    if not isinstance(index, int):
        return len(source)
    if source.isascii():
        return index
    units = 0
    for i, ch in enumerate(source):
        if units >= index:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(source)


def _open_comment(source: str, i: int) -> int:
    """Where the comment that never closes starts, scanning the trivia from ``i``."""
    n = len(source)
    while i < n:
        if source.startswith("//", i):
            m = _LINE_BREAK.search(source, i)
            if m is None:
                return i
            i = m.end()
        elif source.startswith("/*", i):
            end = source.find("*/", i + 2)
            if end < 0:
                return i
            i = end + 2
        else:
            i += 1
    return max(n - 1, 0)


def _regex_message(msg: str, body, flags) -> str:
    if msg == Messages.UnterminatedRegExp or body is None:
        return msg
    flags = flags or ""
    if not valid_flags(flags):
        return "Invalid regular expression flags"
    try:
        compile_pattern(body, flags)
    except RegexSyntaxError as e:
        return f"Invalid regular expression: /{body}/{flags}: {e}"
    except Exception:  # noqa: BLE001 - the translator may fail in its own way
        pass
    return msg


def position(source: str, index: int) -> tuple[int, int]:
    """(line 1-based, column 0-based in UTF-16 units) of a Python index into ``source``."""
    index = max(0, min(index, len(source)))
    line = 1
    line_start = 0
    for m in _LINE_BREAK.finditer(source, 0, index):
        if m.end() > index:
            break
        line += 1
        line_start = m.end()
    col_text = source[line_start:index]
    col = len(col_text) if col_text.isascii() else len(col_text.encode("utf-16-le")) // 2
    return line, col


def v8_syntax_error(source: str, error) -> tuple[str, int, int] | None:
    """V8's (message, line, column) for a source esprima rejected with ``error``; None if not diagnosed."""
    try:
        parser = _DiagParser(source, {"loc": True, "range": True})
        parser.parseScript()
    except _Found as f:
        line, col = position(source, f.index)
        return f.message, line, col
    except esprima.Error as e:
        msg = _message(e)
        if msg == Messages.UnexpectedTokenIllegal and isinstance(e.index, int):
            # a scanner error outside nextToken (a peek): V8 points at the start of the bad token
            i = _scalar_index(source, e.index)
            while i > 0 and (source[i - 1].isalnum() or source[i - 1] in "_$"):
                i -= 1
            line, col = position(source, i)
            return "Invalid or unexpected token", line, col
        return v8_wording(msg), e.lineNumber or 1, max((e.column or 1) - 1, 0)
    except Exception:  # noqa: BLE001 - a diagnosis must never fail
        return None
    # the parse went through: the error came from esprima's later static checks (validation.py)
    if isinstance(error, esprima.Error):
        return v8_wording(_message(error)), error.lineNumber or 1, max((error.column or 1) - 1, 0)
    return None


_REWORDED = [   # esprima's static-check messages (validation.py) as V8 words them
    (re.compile(r"Illegal continue target '(.*)'$"),
     r"Illegal continue statement: '\1' does not denote an iteration statement"),
    (re.compile(r"Illegal break target '(.*)'$"), r"Undefined label '\1'"),
    (re.compile(r"Reserved word '.*' cannot be a binding in strict mode$"), "Unexpected strict mode reserved word"),
    (re.compile(r"Private name '(#.*)' is not declared in an enclosing class$"),
     r"Private field '\1' must be declared in an enclosing class"),
    (re.compile(r"Unexpected token ([^' ]+)$"), r"Unexpected token '\1'"),
]
_REWORDED_EXACT = {
    "Unexpected token ILLEGAL": "Invalid or unexpected token",
    "super() is only valid in a derived class constructor": "'super' keyword unexpected here",
    "super property access is not valid in this context": "'super' keyword unexpected here",
    "super must be a valid property access or constructor call": "'super' keyword unexpected here",
    "new.target is only valid in functions or class initialization": "new.target expression is not allowed here",
    "More than one default clause in switch": "More than one default clause in switch statement",
    "Strict mode code may not contain a with statement": "Strict mode code may not include a with statement",
    "Binding eval or arguments is forbidden in strict mode": "Unexpected eval or arguments in strict mode",
    "Assigning to eval or arguments is forbidden in strict mode": "Unexpected eval or arguments in strict mode",
    "let cannot be a lexical binding name": "let is disallowed as a lexically bound name",
    "Classes may not have a static property named prototype":
        "Classes may not have a static property named 'prototype'",
    "Getter must not have any formal parameters": "Getter must not have any formal parameters.",
    "Setter must have exactly one non-rest formal parameter": "Setter must have exactly one formal parameter.",
    "Deleting an unqualified identifier is forbidden in strict mode":
        "Delete of an unqualified identifier in strict mode.",
    "await is a reserved word in this context": "Unexpected reserved word",
    "Rest elements must be last in a pattern": "Rest element must be last element",
    "Lexical declarations require a statement list or block":
        "Lexical declaration cannot appear in a single-statement context",
    "Import and export declarations are only valid at module top level":
        "Cannot use import statement outside a module",
}


def v8_wording(msg: str) -> str:
    """An esprima message in V8's words (unchanged when they agree)."""
    msg = _RENAMED.get(msg, msg)
    msg = _REWORDED_EXACT.get(msg, msg)
    for pattern, repl in _REWORDED:
        if pattern.match(msg):
            return pattern.sub(repl, msg)
    return msg


__all__ = ["v8_syntax_error", "v8_wording", "position"]
