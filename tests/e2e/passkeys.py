"""Passkeys in the browser tests: Chromium's virtual authenticator, driven over CDP.

Each page gets an authenticator of its own (a "platform" one: internal transport, resident
keys, user verification that always succeeds, presence simulated), so navigator.credentials
answers at once, with no prompt. A passkey made in one page is remembered here, per (server
origin, email), private key and all (WebAuthn.getCredentials), and put into the authenticator of
any later page that signs in as the same person (WebAuthn.addCredential): one person, one
passkey, on every "device" a test opens.

The signature counter travels with it: the server refuses an answer whose counter did not go up,
so the remembered copy is brought up to date after every use (`keep`).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from playwright.async_api import Page

AUTHENTICATOR = {
    "protocol": "ctap2",
    "transport": "internal",
    "hasResidentKey": True,
    "hasUserVerification": True,
    "isUserVerified": True,
    "automaticPresenceSimulation": True,
}

# (origin, email) -> the credential as WebAuthn.getCredentials gave it
_remembered: dict[tuple[str, str], dict] = {}


def _key(page: Page, email: str) -> tuple[str, str]:
    parts = urlsplit(page.url)
    return f"{parts.scheme}://{parts.netloc}", email.lower()


async def authenticator(page: Page) -> str:
    """This page's virtual authenticator (made on first use); returns its id."""
    made = getattr(page, "_authenticator_id", None)
    if made:
        return made
    cdp = await page.context.new_cdp_session(page)
    await cdp.send("WebAuthn.enable", {"enableUI": False})
    answer = await cdp.send("WebAuthn.addVirtualAuthenticator", {"options": AUTHENTICATOR})
    page._cdp = cdp
    page._authenticator_id = answer["authenticatorId"]
    return page._authenticator_id


async def credentials(page: Page) -> list[dict]:
    """The passkeys in this page's authenticator."""
    authenticator_id = await authenticator(page)
    answer = await page._cdp.send("WebAuthn.getCredentials", {"authenticatorId": authenticator_id})
    return answer["credentials"]


def known(page: Page, email: str) -> bool:
    return _key(page, email) in _remembered


async def keep(page: Page, email: str) -> dict:
    """Remember the passkey this page holds for `email` (made or used just now); returns it."""
    found = await credentials(page)
    assert len(found) == 1, f"expected one passkey in this page's authenticator, found {len(found)}"
    _remembered[_key(page, email)] = found[0]
    return found[0]


def forget(page: Page, email: str) -> None:
    """After an admin reset the person's factors: the old passkey is gone for good."""
    _remembered.pop(_key(page, email), None)


async def offer(page: Page, email: str) -> None:
    """Put the remembered passkey of `email`, with its latest counter, in this page's
    authenticator (replacing an older copy), ready for the next navigator.credentials.get()."""
    credential = _remembered[_key(page, email)]
    authenticator_id = await authenticator(page)
    await page._cdp.send("WebAuthn.clearCredentials", {"authenticatorId": authenticator_id})
    await page._cdp.send(
        "WebAuthn.addCredential", {"authenticatorId": authenticator_id, "credential": credential}
    )
