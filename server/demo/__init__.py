"""The demo clinic loaded by `companion demo` and on the first `companion run`."""

from __future__ import annotations

import os
import secrets
from datetime import datetime, timezone
from pathlib import Path

from server.accounts import services as accounts
from server.accounts.tables import Account, CareTeamMember
from server.care import services as care
from server.checkins.demo import load_demo_checkins
from server.core import db
from server.homework.demo import load_demo_homework
from server.measures.demo import load_demo_measures
from server.meetings.demo import load_demo_meetings
from server.programs.demo import load_demo_program
from server.programs.tables import Program
from server.security.passwords import Passwords
from server.settings import Settings
from server.testing.demo import load_demo_testing

STAFF = [
    ("admin@demo.example", "Alex Morgan", "admin"),
    ("counselor@demo.example", "Dana Reyes", "counselor"),
    ("counselor2@demo.example", "Sam Okafor", "counselor"),
]
CLIENT_NAMES = [
    "Jordan Lee",
    "Maria Garcia",
    "Chris Walker",
    "Aisha Khan",
    "Tyler Brooks",
    "Nina Petrov",
    "Marcus Hill",
    "Emily Chen",
    "Luis Romero",
    "Hannah Price",
]
CLIENTS = [
    (f"client{n}@demo.example", name, "client") for n, name in enumerate(CLIENT_NAMES, start=1)
]
# Reads the app in Spanish (issue 18): the demo shows both languages, and bench/b7_page_weight.py
# weighs a Spanish client's first visit as this one.
SPANISH_CLIENT = "client9@demo.example"
PASSWORD_FILE = "demo-password"


def demo_accounts() -> list[tuple[str, str, str]]:
    """(email, name, role) of every demo account, staff first."""
    return STAFF + CLIENTS


def demo_password(settings: Settings) -> str:
    """COMPANION_DEMO_PASSWORD, else the one generated on first load (kept 0600 in the data dir)."""
    if settings.demo_password:
        return settings.demo_password
    path = Path(settings.data_dir) / PASSWORD_FILE
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        pass
    generated = "-".join(secrets.token_hex(3) for _ in range(3))
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(generated + "\n")
    return generated


async def database_is_empty() -> bool:
    return not await Account.exists()


async def demo_is_loaded() -> bool:
    return await Account.exists().where(Account.email == STAFF[0][0])


async def load_demo(settings: Settings, passwords: Passwords, progress=None) -> bool:
    """Create the demo accounts and program unless they exist; returns whether anything was created.

    Args:
        progress: called with (done, total) after each account, for a progress bar.
    """
    if await demo_is_loaded():
        return False
    # All or nothing: a demo interrupted half-way would otherwise count as loaded next time.
    async with db.current().transaction():
        await _load(settings, passwords, progress)
    return True


async def _load(settings: Settings, passwords: Passwords, progress) -> None:
    password = demo_password(settings)
    now = datetime.now(timezone.utc)
    ids: dict[str, int] = {}
    everyone = demo_accounts()
    for done, (email, name, role) in enumerate(everyone, start=1):
        ids[email] = await accounts.create_account(
            email=email,
            display_name=name,
            role=role,
            password=password,
            passwords=passwords,
            now=now,
        )
        if email == SPANISH_CLIENT:
            await Account.update({Account.locale: "es-US"}).where(Account.id == ids[email])
        if progress:
            progress(done, len(everyone))
    for number, (email, _, _) in enumerate(CLIENTS, start=1):
        counselor = ids["counselor@demo.example" if number <= 5 else "counselor2@demo.example"]
        await CareTeamMember.insert(
            CareTeamMember(client=ids[email], counselor=counselor, is_primary=True, added_at=now)
        )
    await load_demo_program(ids, [email for email, _, _ in CLIENTS], now)
    for program in await Program.select(Program.id):  # the second counselor is on call
        await care.set_program_care(
            program["id"], [ids["counselor2@demo.example"]], 15, True, actor=None, now=now
        )
    await load_demo_checkins(ids, [email for email, _, _ in CLIENTS], now)
    await load_demo_homework(ids, [email for email, _, _ in CLIENTS], now)
    await load_demo_testing(ids, [email for email, _, _ in CLIENTS], now)
    await load_demo_meetings(ids, [email for email, _, _ in CLIENTS], now)
    await load_demo_measures(ids, [email for email, _, _ in CLIENTS], now)
