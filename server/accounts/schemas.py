"""Request bodies for sign-in and password change. Responses use services.SignedInUser."""

from __future__ import annotations

from typing import Annotated

import msgspec

Email = Annotated[
    str, msgspec.Meta(min_length=3, max_length=254, description="The account's email address.")
]
Password = Annotated[str, msgspec.Meta(min_length=1, max_length=256)]


class SignInRequest(msgspec.Struct):
    email: Email
    password: Password


class PasswordChangeRequest(msgspec.Struct):
    current_password: Password
    new_password: Annotated[
        str, msgspec.Meta(min_length=1, max_length=256, description="At least 10 characters.")
    ]
