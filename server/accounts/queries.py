"""The accounts feature's compiled statements: built and compiled once (see
server/core/db/compiled.py), run by services.py with db.fetch_keyed / db.run_compiled /
db.fetch_first. The rules that use them live in services.py; only the statements are here.

Which path each serves, and the benchmark that justifies it (figures in bench/README.md):

- SESSION_LOOKUP: the session lookup every signed-in API request makes (the session
  middleware, /api/auth/me) — B1 (/api/auth/me and /api/me/today throughput). Compiled, it
  costs only its round trip instead of ~150 us of query building; on PostgreSQL the lookups
  arriving together go as one statement (db.KeyedQuery: /today 0.249 -> 0.400 x raw).
- session_lookup(columns): the same lookup with more columns; the Today cache
  (server/today/cache.py) reads its change stamps with it, so a repeat Today costs that one
  query — B1 /today.
- INSERT_SESSION, ACCOUNT_BY_EMAIL, THROTTLES: what every sign-in reads and writes — B4
  (sign-in requests/s, and /me p99 during a sign-in flood).
"""

from __future__ import annotations

from server.accounts.tables import Account, AuthSession, LoginThrottle
from server.core import db

# --- sessions (B1) ------------------------------------------------------------------------

_SESSION_KEY = '"auth_session"."token_hash"'
_SESSION_ROW = db.CompiledQuery(
    lambda token_hash: AuthSession.select(
        AuthSession.last_seen,
        AuthSession.expires,
        AuthSession.stage,
        AuthSession.proved_at,
        AuthSession.account.id,
        AuthSession.account.email,
        AuthSession.account.display_name,
        AuthSession.account.role,
        AuthSession.account.timezone,
        AuthSession.account.locale,
        AuthSession.account.active,
    ).where(AuthSession.token_hash == token_hash),
    arity=1,
)
SESSION_LOOKUP = db.KeyedQuery(_SESSION_ROW, _SESSION_KEY)


def session_lookup(columns_sql: str) -> db.KeyedQuery:
    """The session lookup with more columns (raw SQL over "auth_session"), for load_session_row."""
    return db.KeyedQuery(db.WidenedQuery(_SESSION_ROW, columns_sql), _SESSION_KEY)


# --- sign-in (B4) -------------------------------------------------------------------------

INSERT_SESSION = db.CompiledQuery(
    lambda token_hash, account, created, last_seen, expires, stage, proved_at, challenge: (
        AuthSession.insert(
            AuthSession(
                token_hash=token_hash,
                account=account,
                created=created,
                last_seen=last_seen,
                expires=expires,
                stage=stage,
                proved_at=proved_at,
                challenge=challenge,
            )
        )
    ),
    arity=8,
)

# Compiled once: each sign-in needs them, and building a Piccolo query costs ~150 us.
ACCOUNT_BY_EMAIL = db.CompiledQuery(
    lambda email: Account.select().where(Account.email == email), arity=1
)
THROTTLES = db.CompiledQuery(
    lambda first, second, third: LoginThrottle.select().where(
        LoginThrottle.key.is_in([first, second, third])
    ),
    arity=3,
)
# The kinds of a person's confirmed second factors, and their unused recovery codes.
FACTOR_KINDS = db.RawQuery(
    lambda marks: (
        f"""SELECT kind, 0 AS codes_left FROM second_factor
       WHERE account = {marks[0]} AND confirmed
       UNION ALL
       SELECT '' AS kind, 1 AS codes_left FROM recovery_code
       WHERE account = {marks[1]} AND used_at IS NULL"""
    ),
    arity=2,
)
