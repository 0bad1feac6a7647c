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
