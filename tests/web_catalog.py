"""What the PWA's words are made of, read from web/ as a translator's extraction tool would.

Used by tests/test_web_catalog.py (the guard rail: no visible English outside the catalog, every
key in every language with the same placeholders) and by the browser tests' pseudo-locale.

A JavaScript file is scanned token by token (comments, strings, template literals with their
`${}` parts, regular-expression literals), so a quote inside a regex or a comment is not taken
for a string. The keys are the first argument of `t(…)` and `N_(…)`, and the two forms of
`tn(count, one, other)` (the catalog's entry is under `other`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from server.core import jsscan

WEB = Path(__file__).resolve().parent.parent / "web"
LANGUAGES = ("es",)  # besides English, the source
# The files of the first visit (sw.js's SHELL) share the catalog part "shell"; every other module
# has its own part, named by its path under web/js without ".js" ("views/homework").
SHELL_PART = "shell"

PLACEHOLDER = re.compile(r"\{(\w+)\}")
# A literal a person may read: a capitalised word, non-ASCII letters, or words ending a sentence.
VISIBLE = re.compile(r"[A-Z][a-z]|[a-z]{2,}[.?!…:]( |$)|[À-ÿ]|^[a-z]+ [a-z]+ [a-z]+ ")
# Literals that look like words but are code: HTTP, DOM and key names, MIME types, formats.
NOT_TEXT = {
    "Accept",
    "Accept-Language",
    "Content-Type",
    "Retry-After",
    "X-CSRF-Token",
    "X-Companion-Offline",
    "X-Companion-Cached",
    "Escape",
    "Enter",
    "ArrowDown",
    "ArrowUp",
    "Tab",
    "Home",
    "End",
    "application/json",
    "text/calendar",
    "Notification",
    "PushManager",
    "ServiceWorker",
    "Companion",  # the product's name, the same in every language
}
# Strings built for a machine or a log, never shown: a comment on their line says so.
MARKER = "// not text"


@dataclass(frozen=True)
class Literal:
    file: str
    line: int
    text: str
    kind: str  # '"', "'", "`"
    key_of: str | None  # "t", "N_", "tn" when the literal is a key, else None
    line_text: str


_CALL = re.compile(r"(?<![\w.$])(t|N_)\(\s*$")
_TN_ARGS = re.compile(r"(?<![\w.$])tn\((?P<args>[^()]*(?:\([^()]*\)[^()]*)*)$")


def literals(path: Path) -> list[Literal]:
    """Every string literal of a JavaScript file; `key_of` says which catalog call it is a key
    of: "t", "N_", "tn_one" or "tn_other" (the second and third arguments of tn)."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    for offset, _end, text, quote in sorted(jsscan.scan(source).strings):
        before = source[max(0, offset - 300) : offset]
        key_of = None
        call = _CALL.search(before)
        if call and quote != "`":
            key_of = call.group(1)
        elif quote != "`" and re.search(r",\s*$", before):
            tn = _TN_ARGS.search(before)
            # commas between arguments, not those inside the English of the first form
            args = re.sub(r'"(?:[^"\\]|\\.)*"', '""', tn.group("args")) if tn else ""
            commas = args.count(",")
            key_of = {1: "tn_one", 2: "tn_other"}.get(commas) if tn else None
        line = source.count("\n", 0, offset) + 1
        found.append(
            Literal(str(path.relative_to(WEB)), line, text, quote, key_of, lines[line - 1])
        )
    return found


def keys(path: Path) -> list[tuple[str, str | None, Literal]]:
    """(key, English "one" form or None, literal) of every catalog key a file uses."""
    items = literals(path)
    out = []
    for index, item in enumerate(items):
        if item.key_of in ("t", "N_"):
            out.append((item.text, None, item))
        elif item.key_of == "tn_other":
            one = items[index - 1].text if index and items[index - 1].key_of == "tn_one" else None
            out.append((item.text, one, item))
    return out


def shell_files() -> list[str]:
    """The JavaScript files of sw.js's SHELL list (web/ relative paths)."""
    source = (WEB / "sw.js").read_text()
    block = re.search(r"const SHELL = \[(.*?)\];", source, re.S).group(1)
    return [path.lstrip("/") for path in re.findall(r'"([^"]+)"', block) if path.endswith(".js")]


def part_of(relative: str) -> str:
    """The catalog part a web/ file's keys belong to."""
    if relative in shell_files() or relative == "js/i18n.js":
        return SHELL_PART
    return relative.removeprefix("js/").removesuffix(".js")


def js_files() -> list[Path]:
    return sorted(path for path in (WEB / "js").rglob("*.js"))


class _StaticText(HTMLParser):
    """index.html's visible text: each text node, and whether its element is marked data-t."""

    VOID = {"meta", "link", "img", "input", "br", "hr", "source"}

    def __init__(self):
        super().__init__()
        self.stack: list[tuple[str, bool]] = []
        self.texts: list[tuple[str, bool]] = []  # (text, marked)
        self.hrefs: list[str] = []  # links whose address is translated (data-t-href)
        self.in_body = False

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.in_body = True
        if tag in self.VOID:
            return
        names = dict(attrs)
        if "data-t-href" in names:
            self.hrefs.append(names.get("href", ""))
        # a fragment in another language on purpose (lang="es" on an English page) is not English
        foreign = names.get("lang", "en").split("-")[0] != "en"
        inherited = bool(self.stack) and self.stack[-1][1] == "foreign"
        self.stack.append((tag, "foreign" if foreign or inherited else "data-t" in names))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        text = " ".join(data.split())
        skipped = {
            "script",
            "style",
            "noscript",
        }  # noscript: for no script at all, in both languages
        if not self.in_body or not text or any(tag in skipped for tag, _ in self.stack):
            return
        marked = self.stack[-1][1] if self.stack else False
        if marked != "foreign":
            self.texts.append((text, bool(marked)))


def _page() -> _StaticText:
    parser = _StaticText()
    parser.feed((WEB / "index.html").read_text(encoding="utf-8"))
    return parser


def page_texts() -> list[tuple[str, bool]]:
    return _page().texts


def page_keys() -> list[str]:
    """index.html's keys: the text of each element marked data-t, the address of each data-t-href."""
    page = _page()
    return [text for text, marked in page.texts if marked] + page.hrefs


def catalog(language: str, part: str) -> dict:
    path = WEB / "locales" / language / f"{part}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))
