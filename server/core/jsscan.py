"""A small JavaScript scanner: where the comments, strings, template literals and regular
expressions of a source are, so a tool can act on the code between them.

Two users: server/core/minify.py (drops comments and indentation from the PWA's files as they
are served) and tests/web_catalog.py (finds every string a person may read). It is not a
parser: it knows what a comment, a string, a template literal (with `${}` code inside, scanned
in turn) and a regular-expression literal look like, and tells a regex from a division by the
token before it, which is enough for the app's own hand-written files. Anything it gets wrong
shows at once: every served file is checked with `node --check` in tests/server/core/test_minify.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_REGEX_AFTER_WORD = {
    "return",
    "typeof",
    "case",
    "in",
    "of",
    "void",
    "instanceof",
    "delete",
    "throw",
}


@dataclass
class Scan:
    strings: list[tuple[int, int, str, str]] = field(
        default_factory=list
    )  # start, end, text, quote
    comments: list[tuple[int, int]] = field(default_factory=list)  # start, end (end exclusive)


def scan(source: str) -> Scan:
    scanner = _Scanner(source)
    scanner.code(until=None)
    return scanner.found


class _Scanner:
    def __init__(self, source: str):
        self.s = source
        self.i = 0
        self.found = Scan()

    def _regex_allowed(self) -> bool:
        j = self.i - 1
        while j >= 0 and self.s[j] in " \t\r\n":
            j -= 1
        if j < 0 or self.s[j] in "(,=:[!&|?{};+-*%<>~^":
            return True
        word = re.search(r"(\w+)$", self.s[: j + 1])
        return bool(word and word.group(1) in _REGEX_AFTER_WORD)

    def code(self, until: str | None) -> None:
        s, depth = self.s, 0
        while self.i < len(s):
            c = s[self.i]
            if until and c == until and depth == 0:
                self.i += 1
                return
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
            if s.startswith("//", self.i):
                end = s.find("\n", self.i)
                end = len(s) if end < 0 else end
                self.found.comments.append((self.i, end))
                self.i = end
            elif s.startswith("/*", self.i):
                end = s.find("*/", self.i + 2)
                end = len(s) if end < 0 else end + 2
                self.found.comments.append((self.i, end))
                self.i = end
            elif c in "\"'":
                self._string(c)
            elif c == "`":
                self._template()
            elif c == "/" and self._regex_allowed():
                self._regex()
            else:
                self.i += 1

    def _string(self, quote: str) -> None:
        start = self.i
        self.i += 1
        out = []
        while self.i < len(self.s) and self.s[self.i] != quote:
            if self.s[self.i] == "\\":
                text, self.i = _escape(self.s, self.i)
                out.append(text)
            else:
                out.append(self.s[self.i])
                self.i += 1
        self.i += 1
        self.found.strings.append((start, self.i, "".join(out), quote))

    def _template(self) -> None:
        start = self.i
        self.i += 1
        out = []
        while self.i < len(self.s) and self.s[self.i] != "`":
            if self.s[self.i] == "\\":
                text, self.i = _escape(self.s, self.i)
                out.append(text)
            elif self.s.startswith("${", self.i):
                self.i += 2
                self.code(until="}")
                out.append("${}")
            else:
                out.append(self.s[self.i])
                self.i += 1
        self.i += 1
        self.found.strings.append((start, self.i, "".join(out), "`"))

    def _regex(self) -> None:
        self.i += 1
        in_class = False
        while self.i < len(self.s):
            c = self.s[self.i]
            if c == "\\":
                self.i += 2
                continue
            if c == "\n":
                return  # not a regex after all (a division at the end of a line)
            if c == "[":
                in_class = True
            elif c == "]":
                in_class = False
            elif c == "/" and not in_class:
                self.i += 1
                while self.i < len(self.s) and self.s[self.i].isalpha():
                    self.i += 1
                return
            self.i += 1


_ESCAPE = re.compile(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.S)
_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


def _escape(source: str, at: int) -> tuple[str, int]:
    """The character an escape sequence at `at` stands for, and where the source goes on."""
    found = _ESCAPE.match(source, at)
    if not found:
        return "", at + 1
    code = found.group(1)
    if code[0] in "ux" and len(code) > 1:
        text = chr(int(code.strip("u{}x"), 16))
    elif code == "\n":
        text = ""  # a line continuation
    else:
        text = _SIMPLE.get(code, code)
    return text, found.end()
