"""Request bodies for sign-in, password change and one-time codes, and the answers about a code.
Sign-in answers with services.SignedInUser."""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec

Email = Annotated[
    str, msgspec.Meta(min_length=3, max_length=254, description="The account's email address.")
]
Password = Annotated[str, msgspec.Meta(min_length=1, max_length=256)]


# The languages a person may choose: each has a catalog (server/core/i18n.py).
Locale = Literal["en-US", "es-US"]


class LanguageIn(msgspec.Struct, forbid_unknown_fields=True):
    """The language a person reads the app in ("en-US" English, "es-US" Spanish)."""

    locale: Locale


class SignInRequest(msgspec.Struct):
    email: Email
    password: Password


class PasswordChangeRequest(msgspec.Struct):
    current_password: Password
    new_password: Annotated[
        str, msgspec.Meta(min_length=1, max_length=256, description="At least 10 characters.")
    ]


# --- second factors ----------------------------------------------------------------------------


class ProofIn(msgspec.Struct, forbid_unknown_fields=True):
    """A second-factor code (six digits from an authenticator app, or a recovery code), or, to
    confirm it is you on an account without a second factor, the password."""

    code: Annotated[str, msgspec.Meta(max_length=32)] = ""
    password: Annotated[str, msgspec.Meta(max_length=256)] = ""


class TotpConfirmIn(msgspec.Struct, forbid_unknown_fields=True):
    code: Annotated[str, msgspec.Meta(min_length=1, max_length=16)]
    label: Annotated[str, msgspec.Meta(max_length=60)] = ""


class PasskeyIn(msgspec.Struct, forbid_unknown_fields=True):
    """What navigator.credentials.create() or .get() made, as its JSON (PublicKeyCredential)."""

    credential: dict
    label: Annotated[str, msgspec.Meta(max_length=60)] = ""


class RecoveryCodesOut(msgspec.Struct, frozen=True):
    recovery_codes: list[str]


# --- one-time codes (invitations and resets) ----------------------------------------------------

Code = Annotated[
    str,
    msgspec.Meta(
        min_length=1,
        max_length=32,
        description="The one-time code, e.g. K7Q2-9XMD-3FHP (any case; spaces and dashes ignored).",
    ),
]


class CodeCheckIn(msgspec.Struct, forbid_unknown_fields=True):
    code: Code


class ActivationIn(msgspec.Struct, forbid_unknown_fields=True):
    code: Code
    password: Annotated[
        str, msgspec.Meta(min_length=1, max_length=256, description="At least 10 characters.")
    ]
    # The language chosen on the set-up screen (from the browser's own, unless changed there).
    locale: Locale | None = None


class CodeCheckOut(msgspec.Struct, frozen=True):
    name: str  # the person's display name, to greet them
    sign_in_name: str  # what they will sign in with: an email, or a name such as maria-4821
    purpose: str  # invite | reset


class ActivationOut(msgspec.Struct, frozen=True):
    sign_in_name: str
