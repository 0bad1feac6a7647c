"""The PWA's files as they leave the server: without comments and indentation.

web/ is written to be read: most of its JavaScript and CSS is comments and indentation, and a
phone downloads all of it on its first visit (bench/b7_page_weight.py: 9 KB of the 50 KB
budget, gzipped). The files on disk stay as they are; what is served drops comments and the
whitespace that starts a line, and keeps every line break, so a line number in a browser's
error or debugger is the line in web/. JSON loses its indentation, and a language catalog its
English keys (replaced by a short hash of them, see strip_catalog). Nothing else changes: no renaming, no joining of lines (automatic semicolon insertion sees the same
lines). The result is kept per file and ETag (files change only with a release).
"""

from __future__ import annotations

import bisect
import json
import re

from server.core import jsscan

_INDENT = re.compile(r"(?m)^[ \t]+")


def strip_js(source: str) -> str:
    found = jsscan.scan(source)
    literals = sorted((start, end) for start, end, _text, _quote in found.strings)
    starts = [start for start, _ in literals]

    def inside_literal(offset: int) -> bool:
        at = bisect.bisect_right(starts, offset) - 1
        return at >= 0 and literals[at][0] < offset < literals[at][1]

    cuts: list[tuple[int, int, str]] = []
    for start, end in found.comments:
        text = source[start:end]
        # a block comment between two tokens still separates them; its line breaks stay
        cuts.append(
            (
                start,
                end,
                "\n" * text.count("\n") if "\n" in text else (" " if text.startswith("/*") else ""),
            )
        )
    for match in _INDENT.finditer(source):
        if not inside_literal(match.start()):
            cuts.append((match.start(), match.end(), ""))
    return _apply(source, cuts)


def strip_css(source: str) -> str:
    source = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), source, flags=re.S)
    return _INDENT.sub("", source)


def strip_json(source: str) -> str:
    return json.dumps(json.loads(source), ensure_ascii=False, separators=(",", ":"))


def catalog_key(english: str) -> str:
    """A catalog entry's key on the wire: FNV-1a (32 bits) of the English's UTF-16 code units,
    in base 36, as web/js/i18n.js computes it for every text it looks up."""
    value = 0x811C9DC5
    data = english.encode("utf-16-le")
    for unit in (data[i] | data[i + 1] << 8 for i in range(0, len(data), 2)):
        value = ((value ^ unit) * 0x01000193) & 0xFFFFFFFF
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        value, rest = divmod(value, 36)
        out = digits[rest] + out
        if not value:
            return out


def strip_catalog(source: str) -> str:
    """A language catalog as the page gets it: keyed by catalog_key, not by the English (which
    the page has already, in its code). The files in web/locales stay keyed by the English, for
    translators and their tools; on the wire the keys were a third of a Spanish first visit's
    catalog."""
    entries = json.loads(source)
    return json.dumps(
        {catalog_key(english): text for english, text in entries.items()},
        ensure_ascii=False,
        separators=(",", ":"),
    )


def _apply(source: str, cuts: list[tuple[int, int, str]]) -> str:
    out, at = [], 0
    for start, end, replacement in sorted(cuts):
        if start < at:  # indentation inside a comment already cut
            start = at
            if start >= end:
                continue
        out.append(source[at:start])
        out.append(replacement)
        at = end
    out.append(source[at:])
    return "".join(out)


STRIPPERS = {".js": strip_js, ".css": strip_css, ".json": strip_json}


def stripper(path: str):
    """How a file of web/ is served stripped (None: as it is)."""
    if path.startswith("/locales/") and path.endswith(".json"):
        return strip_catalog
    return STRIPPERS.get(path[path.rfind(".") :] if "." in path else "")


class MinifyMiddleware:
    """Serves web/'s .js, .css and .json files stripped (see the module's note)."""

    def __init__(self, app) -> None:
        self.app = app
        self.done: dict[tuple[str, bytes], bytes] = {}

    async def __call__(self, scope, receive, send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        strip = stripper(path)
        if scope["type"] != "http" or scope["method"] != "GET" or strip is None:
            await self.app(scope, receive, send)
            return
        start: dict | None = None
        chunks: list[bytes] = []

        async def stripped(message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                if message["status"] != 200:
                    start = None
                    await send(message)
                    return
                start = message
                return
            if start is None:  # not a 200: passed through as it is
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            headers = [
                (n, v) for n, v in start.get("headers", ()) if n.lower() != b"content-length"
            ]
            etag = next((v for n, v in headers if n.lower() == b"etag"), b"")
            key = (path, etag)
            body = self.done.get(key) if etag else None
            if body is None:
                body = strip(b"".join(chunks).decode("utf-8")).encode("utf-8")
                if etag:
                    self.done[key] = body
            await send(
                {**start, "headers": [*headers, (b"content-length", str(len(body)).encode())]}
            )
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, stripped)
