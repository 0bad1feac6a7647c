"""Whose address a request comes from: the TCP peer, unless a trusted proxy vouches for another."""

import ipaddress

from server.security.client_ip import client_ip

PROXIES = (ipaddress.ip_network("10.0.0.0/8"),)


def scope(peer: str, forwarded: str | None = None) -> dict:
    headers = [(b"x-forwarded-for", forwarded.encode())] if forwarded else []
    return {"client": (peer, 5000), "headers": headers}


def test_the_peer_is_the_client_when_no_proxy_is_trusted():
    assert client_ip(scope("203.0.113.5", "192.0.2.1"), ()) == "203.0.113.5"


def test_an_untrusted_peer_cannot_claim_another_address():
    assert client_ip(scope("203.0.113.5", "192.0.2.1"), PROXIES) == "203.0.113.5"


def test_a_trusted_proxy_passes_on_the_rightmost_untrusted_hop():
    # The client may prepend anything; only what our proxies appended is believed.
    assert client_ip(scope("10.0.0.2", "6.6.6.6, 192.0.2.1, 10.0.0.3"), PROXIES) == "192.0.2.1"


def test_garbage_in_the_header_falls_back_to_the_peer():
    assert client_ip(scope("10.0.0.2", "not-an-ip"), PROXIES) == "10.0.0.2"
    assert client_ip(scope("10.0.0.2"), PROXIES) == "10.0.0.2"
