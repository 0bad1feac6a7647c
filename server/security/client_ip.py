"""The client's IP address, trusting X-Forwarded-For only from configured proxies."""

from __future__ import annotations

import ipaddress
from typing import Sequence

from server.security.headers import header_value


def client_ip(scope: dict, trusted_proxies: Sequence) -> str:
    """The address of whoever sent this request.

    The TCP peer is the answer unless it is a trusted proxy; then X-Forwarded-For is read
    from the right, skipping trusted proxies, and the first other address wins.
    """
    peer = (scope.get("client") or ("unknown", 0))[0]
    if not trusted_proxies or not _is_trusted(peer, trusted_proxies):
        return peer
    forwarded = header_value(scope, b"x-forwarded-for") or ""
    for hop in reversed([item.strip() for item in forwarded.split(",") if item.strip()]):
        if not _is_trusted(hop, trusted_proxies):
            return hop if _is_address(hop) else peer
    return peer


def _is_trusted(address: str, trusted_proxies: Sequence) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in trusted_proxies)


def _is_address(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True
