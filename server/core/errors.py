"""Errors that services raise and the API answers with a status and a message a person can act on.

Services never import Litestar; server/app.py maps every ProblemError to its status.

A message is an English template with `{placeholders}` and the values that fill them, never a
formatted string: `InvalidInput("days must be between 1 and {most}.", most=60)`. `detail` is the
English text (logs, the CLI and tests read it); the API answers with `message` and `values`
written in the asker's language (server/core/i18n.py; tests/server/test_catalog.py checks that
every message is a literal with a Spanish translation). A value may itself be an
`i18n.Message`, written in the same language.
"""

from __future__ import annotations

from server.core import i18n


class ProblemError(Exception):
    """A refusal with an HTTP-style status and a plain-language message."""

    status_code = 400
    # A stable name for the kind of refusal, answered beside the message when set, for the
    # PWA to act on (e.g. "step_up": ask the person to confirm it is them, then retry).
    code: str | None = None

    def __init__(self, message: str, /, *, headers: dict[str, str] | None = None, **values: object):
        self.message = message
        self.values = values
        self.detail = i18n.text(i18n.DEFAULT_LOCALE, message, **values)
        super().__init__(self.detail)
        self.headers = headers or {}

    def text(self, locale: str | None) -> str:
        """The message in this locale's language."""
        return i18n.text(locale, self.message, **self.values)


class InvalidInput(ProblemError):
    status_code = 400


class NotSignedIn(ProblemError):
    status_code = 401


class AccessDenied(ProblemError):
    """The caller may not see this. Answered as 404, like a record that does not exist, and audited.

    `reason` is for the code's reader (never shown); the answer is "Not found." unless `message`
    says more about what the caller sent (with its values)."""

    status_code = 404

    def __init__(
        self,
        reason: str,
        *,
        patient_id: int | None = None,
        message: str = "Not found.",
        **values: object,
    ):
        super().__init__(message, **values)
        self.reason = reason
        self.patient_id = patient_id


class WrongRole(AccessDenied):
    """A signed-in caller whose role may not use this route at all: 403, audited like any denial.

    Which roles may call which route is no secret (the API schema and the app's code show it), so
    a clear 403 tells nothing; a denial about an object (someone else's record) stays a 404."""

    status_code = 403

    def __init__(self, reason: str):
        super().__init__(reason, message="Your account cannot use this.")


class NotFound(ProblemError):
    """A record that does not exist (for staff tools; a client's own scoping uses AccessDenied)."""

    status_code = 404


class Conflict(ProblemError):
    status_code = 409


class TooManyRequests(ProblemError):
    status_code = 429

    def __init__(self, message: str, /, *, retry_after: int, **values: object):
        super().__init__(message, headers={"Retry-After": str(retry_after)}, **values)
        self.retry_after = retry_after


class Busy(ProblemError):
    status_code = 503

    def __init__(self, message: str, /, *, retry_after: int = 2, **values: object):
        super().__init__(message, headers={"Retry-After": str(retry_after)}, **values)


class StepUpRequired(ProblemError):
    """A sensitive action when the person last proved who they are too long ago (403)."""

    status_code = 403
    code = "step_up"
