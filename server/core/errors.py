"""Errors that services raise and the API answers with a status and a message a person can act on.

Services never import Litestar; server/app.py maps every ProblemError to its status.
"""

from __future__ import annotations


class ProblemError(Exception):
    """A refusal with an HTTP-style status and a plain-language detail."""

    status_code = 400

    def __init__(self, detail: str, *, headers: dict[str, str] | None = None):
        super().__init__(detail)
        self.detail = detail
        self.headers = headers or {}


class InvalidInput(ProblemError):
    status_code = 400


class NotSignedIn(ProblemError):
    status_code = 401


class AccessDenied(ProblemError):
    """The caller may not see this. Answered as 404, like a record that does not exist, and audited."""

    status_code = 404

    def __init__(self, reason: str, *, patient_id: int | None = None):
        super().__init__("Not found.")
        self.reason = reason
        self.patient_id = patient_id


class WrongRole(AccessDenied):
    """A signed-in caller whose role may not use this route at all: 403, audited like any denial.

    Which roles may call which route is no secret (the API schema and the app's code show it), so
    a clear 403 tells nothing; a denial about an object (someone else's record) stays a 404."""

    status_code = 403

    def __init__(self, reason: str):
        super().__init__(reason)
        self.detail = "Your account cannot use this."


class NotFound(ProblemError):
    """A record that does not exist (for staff tools; a client's own scoping uses AccessDenied)."""

    status_code = 404


class Conflict(ProblemError):
    status_code = 409


class TooManyRequests(ProblemError):
    status_code = 429

    def __init__(self, detail: str, *, retry_after: int):
        super().__init__(detail, headers={"Retry-After": str(retry_after)})
        self.retry_after = retry_after


class Busy(ProblemError):
    status_code = 503

    def __init__(self, detail: str, *, retry_after: int = 2):
        super().__init__(detail, headers={"Retry-After": str(retry_after)})
