"""One-time codes (accounts.services): single use, 72 hours, ten wrong tries, a throttle per
address; each refusal says why in one sentence. The clock moves by passing `now`."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone

import pytest

from server.accounts import services as accounts
from server.accounts.tables import Account, OneTimeCode
from server.audit.tables import AuditEvent
from server.core import db
from server.core.errors import InvalidInput, TooManyRequests
from server.security.passwords import Passwords

NOW = datetime(2026, 12, 8, 17, 0, tzinfo=timezone.utc)
IP = "198.51.100.40"
PASSWORD = "a long new password"


@pytest.fixture
async def invited(engine, settings):
    async with db.current().transaction():
        return await accounts.invite_account(
            name="Maria Lopez",
            role="client",
            email=None,
            actor=None,
            settings=settings,
            now=NOW,
        )


@pytest.fixture
def passwords():
    hasher = Passwords(1)
    yield hasher
    hasher.close()


def wrong_secret(code: str) -> str:
    """The same lookup with another secret."""
    last = code[-1]
    return code[:-1] + ("Z" if last != "Z" else "Y")


async def test_a_code_works_once(invited, settings, passwords):
    code = invited.code.code
    assert (
        await accounts.redeem_code(
            code, PASSWORD, ip=IP, passwords=passwords, settings=settings, now=NOW
        )
        == invited.sign_in_name
    )
    with pytest.raises(accounts.CodeRefused) as refused:
        await accounts.check_code(code, ip=IP, settings=settings, now=NOW)
    assert refused.value.status_code == 410
    assert refused.value.detail == (
        "This code was already used. Sign in with your password, or ask for a new code."
    )
    with pytest.raises(accounts.CodeRefused):
        await accounts.redeem_code(
            code, "another long password", ip=IP, passwords=passwords, settings=settings, now=NOW
        )
    stored = (
        await Account.select(Account.password_hash).where(Account.id == invited.account_id).first()
    )
    assert await passwords.verify(stored["password_hash"], PASSWORD)


async def test_a_code_expires_after_72_hours(invited, settings):
    code = invited.code.code
    almost = NOW + timedelta(hours=72) - timedelta(seconds=1)
    assert (
        await accounts.check_code(code, ip=IP, settings=settings, now=almost)
    ).purpose == "invite"
    with pytest.raises(accounts.CodeRefused) as refused:
        await accounts.check_code(code, ip=IP, settings=settings, now=NOW + timedelta(hours=72))
    assert refused.value.detail == "This code has expired; codes last 72 hours. Ask for a new one."


async def test_a_code_stops_after_ten_wrong_tries_even_for_the_right_secret(invited, settings):
    code = invited.code.code
    for _ in range(10):
        with pytest.raises(InvalidInput) as wrong:
            await accounts.check_code(wrong_secret(code), ip=IP, settings=settings, now=NOW)
        assert wrong.value.detail == "This code is not right. Check it and try again."
    tries = await OneTimeCode.select(OneTimeCode.wrong_tries).first()
    assert tries["wrong_tries"] == 10
    with pytest.raises(accounts.CodeRefused) as refused:
        await accounts.check_code(code, ip=IP, settings=settings, now=NOW)
    assert refused.value.detail == "This code was tried too many times; ask for a new one."


async def test_a_right_code_does_not_use_up_a_try(invited, settings):
    for _ in range(12):
        await accounts.check_code(invited.code.code, ip=IP, settings=settings, now=NOW)
    assert (await OneTimeCode.select(OneTimeCode.wrong_tries).first())["wrong_tries"] == 0


async def test_an_address_with_too_many_wrong_codes_waits_whatever_it_sends(invited, settings):
    for attempt in range(accounts.CODES_PER_IP.free_failures):
        with pytest.raises(InvalidInput):
            await accounts.check_code(f"2222-2222-{attempt:04d}", ip=IP, settings=settings, now=NOW)
    with pytest.raises(InvalidInput):  # the one past the free failures is counted, then blocks
        await accounts.check_code("not a code", ip=IP, settings=settings, now=NOW)
    with pytest.raises(TooManyRequests) as throttled:
        await accounts.check_code(invited.code.code, ip=IP, settings=settings, now=NOW)
    assert (
        throttled.value.detail == "Too many wrong codes from this address. Try again in 1 minute."
    )
    elsewhere = await accounts.check_code(
        invited.code.code, ip="203.0.113.1", settings=settings, now=NOW
    )
    assert elsewhere.sign_in_name == invited.sign_in_name
    later = await accounts.check_code(
        invited.code.code, ip=IP, settings=settings, now=NOW + timedelta(minutes=2)
    )
    assert later.name == "Maria Lopez"


async def test_codes_use_an_alphabet_without_look_alikes(engine, settings):
    async with db.current().transaction():
        made = await accounts.invite_account(
            name="Ana", role="client", email=None, actor=None, settings=settings, now=NOW
        )
    codes = [made.code.code] + [
        (
            await accounts.issue_code(
                made.account_id, "reset", actor=None, settings=settings, now=NOW
            )
        ).code
        for _ in range(30)
    ]
    letters = set("".join(codes).replace("-", ""))
    assert not letters & set("01OIL")
    assert all(len(code) == 14 and code[4] == code[9] == "-" for code in codes)
    assert await OneTimeCode.count() == 1  # each new code replaced the unused one before it


async def test_every_failed_code_is_audited_without_the_code(invited, settings):
    code = invited.code.code
    with pytest.raises(InvalidInput):
        await accounts.check_code(wrong_secret(code), ip=IP, settings=settings, now=NOW)
    with pytest.raises(InvalidInput):
        await accounts.check_code("ZZZZ-ZZZZ-ZZZZ", ip=IP, settings=settings, now=NOW)
    events = (
        await AuditEvent.select().where(AuditEvent.action == "code.failed").order_by(AuditEvent.id)
    )
    assert [(e["actor"], e["patient"], e["outcome"]) for e in events] == [
        (invited.account_id, invited.account_id, "failed"),
        (None, None, "failed"),
    ]
    for event in events:
        assert code[5:] not in str(event) and "ZZZZ" not in str(event)


async def test_two_uses_at_once_set_one_password(invited, settings, passwords):
    outcomes = await asyncio.gather(
        *(
            accounts.redeem_code(
                invited.code.code, password, ip=IP, passwords=passwords, settings=settings, now=NOW
            )
            for password in ("first long password", "second long password")
        ),
        return_exceptions=True,
    )
    assert sorted(type(o).__name__ for o in outcomes) == ["CodeRefused", "str"]
    winner = "first long password" if isinstance(outcomes[0], str) else "second long password"
    stored = (
        await Account.select(Account.password_hash).where(Account.id == invited.account_id).first()
    )
    assert await passwords.verify(stored["password_hash"], winner)
