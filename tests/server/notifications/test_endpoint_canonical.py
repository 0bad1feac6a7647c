"""A push endpoint is refused unless written as browsers write one (services._canonical_origin):
no control characters, https, no user name, no :443, a lower-case host, no fragment. Each
refusal is a 400 saying which rule, and nothing is stored."""

from __future__ import annotations

import pytest

from server.core.errors import InvalidInput
from server.notifications.services import check_endpoint
from server.notifications.tables import PushSubscription
from tests.server.notifications.test_subscriptions import subscription

REFUSED = [
    ("https://fcm.googleapis.com/fcm/send/a\tb", "control characters"),
    ("https://fcm.googleapis.com/fcm/send/ab\r\n", "control characters"),
    ("https://fcm.googleapis.com/fcm/send/\x00ab", "control characters"),
    ("https://fcm.googleapis.com/fcm/send/\x7fab", "control characters"),
    ("https://fcm.googleapis.com/fcm/send/a b", "no spaces"),
    ("https://fcm.googleapis.com\\@evil.example/x", "backslashes"),
    ("https://fcm.googleapis.cöm/fcm/send/x", "outside ASCII"),
    ("HTTPS://fcm.googleapis.com/fcm/send/x", "starts with https://"),
    ("ftp://fcm.googleapis.com/fcm/send/x", "starts with https://"),
    ("http://fcm.googleapis.com/fcm/send/x", "not a known push service"),
    ("https://user@fcm.googleapis.com/fcm/send/x", "no user name or password"),
    ("https://:@fcm.googleapis.com/fcm/send/x", "no user name or password"),
    ("https://fcm.googleapis.com:443/fcm/send/x", "without :443"),
    ("https://fcm.googleapis.com:0443/fcm/send/x", "without :0443"),
    ("https://fcm.googleapis.com:/fcm/send/x", "without :"),
    ("https://fcm.googleapis.com:8443/fcm/send/x", "not a known push service"),
    ("https://FCM.googleapis.com/fcm/send/x", "lower case (fcm.googleapis.com)"),
    ("https://fcm.googleapis.com./fcm/send/x", "not a push service address"),
    ("https://fcm.googleapis.com/fcm/send/x#frag", "no fragment"),
    ("https://fcm.googleapis.com/fcm/send/x#", "no fragment"),
]


@pytest.mark.parametrize(("endpoint", "said"), REFUSED, ids=[repr(e) for e, _ in REFUSED])
def test_an_endpoint_not_written_canonically_is_refused_saying_why(settings, endpoint, said):
    with pytest.raises(InvalidInput) as refused:
        check_endpoint(endpoint, settings)
    assert refused.value.detail.startswith("endpoint: ") and said in refused.value.detail


@pytest.mark.parametrize(
    "endpoint",
    [
        "https://fcm.googleapis.com/fcm/send/abc123:APA91b-x_y",
        "https://web.push.apple.com/QAbc?x=1",
        "https://db5p.notify.windows.com/w/?token=BQYAAAB%2f",
    ],
)
def test_a_canonical_endpoint_is_accepted(settings, endpoint):
    check_endpoint(endpoint, settings)


@pytest.mark.parametrize(
    "endpoint",
    [
        "https://fcm.googleapis.com/fcm/send/a\tb",
        "https://fcm.googleapis.com:443/fcm/send/x",
        "https://FCM.googleapis.com/fcm/send/x",
        "https://fcm.googleapis.com/fcm/send/x#frag",
    ],
)
async def test_the_api_answers_400_and_stores_nothing(personas, signed_in, endpoint):
    client = await signed_in(personas.client)
    answer = await client.post("/api/push/subscriptions", subscription(endpoint))
    assert answer.status_code == 400, answer.text
    assert answer.json()["detail"].startswith("endpoint: ")
    assert await PushSubscription.count() == 0
