"""How the PWA's own files (web/) leave the server: gzipped, and 304 Not Modified when unchanged.

Litestar's static files router sends `ETag` and `Last-Modified`, and we ask browsers to
revalidate every time (`Cache-Control: no-cache`), but it answers every conditional request
with the whole file again. Each time the app opens, the browser checks /sw.js for an update
and the service worker fetches the page network-first: with full answers that was 11 KB of
the 14 KB a phone downloaded (bench/b7_page_weight.py); with 304s it is headers only.

Litestar's router also names every file in a `Content-Disposition` and dates it in
`Last-Modified`: a browser needs neither (the ETag alone revalidates, and no file is saved to
disk), and on a phone's first visit, twenty files each, they were about 1.6 KB of the 50 KB
budget. They are dropped (UNNEEDED).

API answers of 1 KB or more are gzipped too (Today is 1.6 KB of JSON, 0.7 KB gzipped: most of
a repeat visit). BREACH needs a page on another site to make the victim's browser send many
authenticated requests and watch their sizes: the session cookie is SameSite=Lax, so such
requests carry no session and get a 401, and no answer carries a credential (the session and
CSRF tokens travel in cookies only).
"""

from __future__ import annotations

from litestar.config.compression import CompressionConfig
from litestar.middleware import DefineMiddleware
from litestar.middleware.compression import CompressionMiddleware

from server.core.minify import MinifyMiddleware

GZIP_LEVEL = 6  # nearly all of level 9's saving on the shell, for a fraction of the CPU
ALREADY_COMPRESSED = (
    r"\.(png|jpe?g|webp|gif|ico|woff2?)$"  # gzip would only add its header to these
)
API_GZIP_MIN = 1024  # bytes: smaller answers gain less than the gzip header and the CPU cost
# What a 304 carries (RFC 9110 15.4.5): the fields a 200 would have that guide caches.
KEPT_ON_304 = frozenset(
    {b"cache-control", b"content-location", b"date", b"etag", b"expires", b"last-modified", b"vary"}
)

# What a browser never uses on the app's own files (see the module's note).
UNNEEDED = frozenset({b"content-disposition", b"last-modified"})


def etag_matches(if_none_match: bytes, etag: bytes) -> bool:
    """If-None-Match's weak comparison: any listed tag equal to ours, W/ or not, or `*`."""
    if if_none_match.strip() == b"*":
        return True
    ours = etag.strip().removeprefix(b"W/")
    return any(tag.strip().removeprefix(b"W/") == ours for tag in if_none_match.split(b","))


class NotModifiedMiddleware:
    """Turns a 200 whose ETag the request's If-None-Match names into a 304 without the body, and
    leaves out the headers no browser uses (UNNEEDED)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        condition = None
        if scope["type"] == "http" and scope["method"] in ("GET", "HEAD"):
            condition = next(
                (value for name, value in scope["headers"] if name == b"if-none-match"), None
            )
        unchanged = False

        async def send_304_when_unchanged(message) -> None:
            nonlocal unchanged
            if message["type"] == "http.response.start":
                headers = [
                    (n, v) for n, v in message.get("headers", ()) if n.lower() not in UNNEEDED
                ]
                message = {**message, "headers": headers}
            if (
                condition is not None
                and message["type"] == "http.response.start"
                and message["status"] == 200
            ):
                etag = next((value for name, value in headers if name.lower() == b"etag"), None)
                if etag is not None and etag_matches(condition, etag):
                    unchanged = True
                    kept = [(name, value) for name, value in headers if name.lower() in KEPT_ON_304]
                    message = {
                        **message,
                        "status": 304,
                        "headers": [*kept, (b"vary", b"Accept-Encoding")],
                    }
            elif message["type"] == "http.response.body" and unchanged:
                if message.get("more_body", False):
                    return  # the file's chunks: not sent
                message = {"type": "http.response.body", "body": b""}
            await send(message)

        await self.app(scope, receive, send_304_when_unchanged)


def web_middleware() -> list:
    """The static router's middleware: gzip outside, so an unchanged file is never compressed;
    comments and indentation dropped inside (server/core/minify.py)."""
    gzip = CompressionConfig(
        backend="gzip", gzip_compress_level=GZIP_LEVEL, exclude=ALREADY_COMPRESSED
    )
    return [
        DefineMiddleware(CompressionMiddleware, config=gzip),
        NotModifiedMiddleware,
        MinifyMiddleware,
    ]


def api_middleware() -> list:
    """The API router's gzip for answers of API_GZIP_MIN bytes or more (see the module's note)."""
    gzip = CompressionConfig(
        backend="gzip", gzip_compress_level=GZIP_LEVEL, minimum_size=API_GZIP_MIN
    )
    return [DefineMiddleware(CompressionMiddleware, config=gzip)]
