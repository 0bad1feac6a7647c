"""The two baselines of B1: a raw ASGI hello and a one-route Litestar hello.

Served by uvicorn with the same options as `companion serve` (see common.UVICORN_OPTIONS):
    uvicorn bench.hello:raw_app ...      uvicorn bench.hello:litestar_app ...
"""

from __future__ import annotations

from litestar import Litestar, get

BODY = b"Hello, world!"
_START = {
    "type": "http.response.start",
    "status": 200,
    "headers": [
        (b"content-type", b"text/plain; charset=utf-8"),
        (b"content-length", str(len(BODY)).encode()),
    ],
}
_BODY = {"type": "http.response.body", "body": BODY}


async def raw_app(scope, receive, send) -> None:
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    await send(_START)
    await send(_BODY)


@get("/")
async def hello() -> str:
    return "Hello, world!"


litestar_app = Litestar(route_handlers=[hello], logging_config=None)
