"""Reading one cookie out of raw Cookie headers."""

import pytest

from server.security.headers import cookie_value


def scope(*cookie_headers: bytes) -> dict:
    return {"headers": [(b"accept", b"*/*"), *[(b"cookie", h) for h in cookie_headers]]}


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ((b"__Host-session=abc",), "abc"),
        ((b"a=1; __Host-session=abc; b=2",), "abc"),
        ((b"a=1;__Host-session=abc",), "abc"),
        ((b"x__Host-session=evil; __Host-session=abc",), "abc"),  # a longer name is not ours
        ((b"a=1", b"__Host-session=abc"), "abc"),  # several Cookie headers
        ((b"__Host-session=",), ""),
        ((b"a=__Host-session=abc",), None),  # inside another cookie's value
        ((b"a=1",), None),
        ((), None),
    ],
)
def test_the_named_cookie_is_found_only_where_it_really_is(headers, expected):
    assert cookie_value(scope(*headers), "__Host-session") == expected


def test_set_cookie_writes_host_only_attributes_and_refuses_unsafe_values():
    from server.security.headers import set_cookie

    assert set_cookie("__Host-session", "abc-_.9", secure=True, http_only=True, max_age=60) == (
        "__Host-session=abc-_.9; Path=/; SameSite=Lax; Max-Age=60; Secure; HttpOnly"
    )
    assert set_cookie("companion-csrf", "x", secure=False, http_only=False, max_age=0) == (
        "companion-csrf=x; Path=/; SameSite=Lax; Max-Age=0"
    )
    with pytest.raises(ValueError):
        set_cookie(
            "__Host-session", "a; Domain=evil.example", secure=True, http_only=True, max_age=60
        )
