"""Job: delete sessions past their absolute or idle deadline."""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from server.accounts import services as accounts
from server.settings import Settings

log = logging.getLogger(__name__)


async def purge_expired_sessions(settings: Settings) -> int:
    """Delete expired sessions; safe to run in any number of processes at once."""
    deleted = await accounts.purge_expired_sessions(settings, datetime.now(timezone.utc))
    if deleted:
        log.info("deleted %d expired sessions", deleted)
    return deleted
