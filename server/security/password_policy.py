"""Which new passwords to refuse, after NIST SP 800-63B (5.1.1.2, memorized secrets).

NIST asks for length over complexity: no rules about character classes, no forced changes,
but a new password is checked against values known to be common or easy to guess, and the
refusal says why. `password_problem` is that check; the caller (accounts' `check_new_password`)
raises InvalidInput with what it returns, and adds what needs the stored hash (reusing the
current password).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

from server.core import i18n
from server.settings import MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH

COMMON_PASSWORDS = Path(__file__).with_name("common-passwords.txt")
SHORTEST_PERSONAL_WORD = 3  # a name or email part shorter than this is too likely by chance
SHORTEST_RUN = 3  # a keyboard run or sequence counts from this many characters

# Held as i18n.Message so that the catalog lint (tests/server/test_catalog.py) reads each
# template where it is written; password_problem returns the template, a gettext message id.
# The numbers are MIN_PASSWORD_LENGTH and MAX_PASSWORD_LENGTH (a test keeps them equal).
TOO_SHORT = i18n.Message(
    "Choose a password of at least 10 characters. "
    "A passphrase of three or four unrelated words is long and easy to remember."
)
TOO_LONG = i18n.Message("Choose a password of at most 256 characters.")
COMMON = i18n.Message(
    "That password is on a list of common passwords. "
    "Try a passphrase of three or four unrelated words."
)
PATTERN = i18n.Message(
    "That password is only a keyboard pattern, a sequence or repeated characters. "
    "Try a passphrase of three or four unrelated words."
)
PERSONAL = i18n.Message(
    "That password contains your name or your email address. "
    "Try a passphrase of three or four unrelated words."
)

# Runs a person types without thinking: the alphabet, digits, keyboard rows (plain and shifted)
# and keyboard columns (US layout); each is also refused backwards.
_SEQUENCES = (
    "abcdefghijklmnopqrstuvwxyz",
    "01234567890",
    "`1234567890-=",
    "qwertyuiop[]\\",
    "asdfghjkl;'",
    "zxcvbnm,./",
    "~!@#$%^&*()_+",
    "qwertyuiop{}|",
    'asdfghjkl:"',
    "zxcvbnm<>?",
    "1qaz",
    "2wsx",
    "3edc",
    "4rfv",
    "5tgb",
    "6yhn",
    "7ujm",
    "8ik,",
    "9ol.",
    "0p;/",
    "!qaz",
    "@wsx",
    "#edc",
    "$rfv",
    "%tgb",
    "^yhn",
    "&ujm",
    "*ik<",
    "(ol>",
    ")p:?",
)
_RUNS = (*_SEQUENCES, *(sequence[::-1] for sequence in _SEQUENCES))
_WORD_SEPARATORS = re.compile(r"[\s._+\-@]+")
_TRAILING_DECORATION = re.compile(r"[\d\W_]+$")


def password_refusal(password: str, email: str, display_name: str = "") -> i18n.Message | None:
    """password_problem's answer as the i18n.Message to answer with (the constant holding its
    template), or None."""
    problem = password_problem(password, email, display_name)
    return next(
        (m for m in (TOO_SHORT, TOO_LONG, COMMON, PATTERN, PERSONAL) if m.message == problem), None
    )


def password_problem(password: str, email: str, display_name: str = "") -> str | None:
    """Why a new password is refused, as an English gettext template, or None when it is fine.

    Rules, in order (comparisons after NFKC normalisation and case folding):
    - at least MIN_PASSWORD_LENGTH (10) and at most MAX_PASSWORD_LENGTH (256) characters;
    - not on the shipped list of common and breached passwords (common-passwords.txt), nor such
      a password with only digits or symbols added at the end ("baseball2024!");
    - not made only of keyboard runs, sequences or repeats ("qwerty123456", "1qaz2wsx3edc",
      "aaaaaaaaaa", "abcabcabcabc");
    - not containing the email's local part (before @) or a word of the person's name, where
      that is at least 3 characters.

    Args:
        password: the new password exactly as typed.
        email: the account's email (its sign-in name).
        display_name: the person's name, when known.
    """
    if len(password) < MIN_PASSWORD_LENGTH:
        return TOO_SHORT.message
    if len(password) > MAX_PASSWORD_LENGTH:
        return TOO_LONG.message
    folded = _fold(password)
    if _is_common(folded):
        return COMMON.message
    if _is_pattern(folded):
        return PATTERN.message
    if any(word in folded for word in _personal_words(email, display_name)):
        return PERSONAL.message
    return None


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


@cache
def common_passwords() -> frozenset[str]:
    """The shipped list, read once on first use (about 12,000 entries, under 2 MB in memory)."""
    with COMMON_PASSWORDS.open(encoding="utf-8") as lines:
        return frozenset(
            _fold(line.rstrip("\n")) for line in lines if line.strip() and not line.startswith("# ")
        )


def _is_common(folded: str) -> bool:
    listed = common_passwords()
    if folded in listed or folded.strip() in listed:
        return True
    stem = _TRAILING_DECORATION.sub("", folded)
    return len(stem) >= 8 and stem in listed


def _is_pattern(folded: str) -> bool:
    """Whether the whole password is a unit repeated, or a chain of runs of 3 or more."""
    for size in range(1, len(folded) // 2 + 1):
        if len(folded) % size == 0 and folded[:size] * (len(folded) // size) == folded:
            return True
    return _is_chain_of_runs(folded)


def _is_chain_of_runs(folded: str) -> bool:
    # ends[i]: folded[:i] splits into runs (each a piece of a sequence, or one character repeated)
    ends = [True] + [False] * len(folded)
    for start in range(len(folded)):
        if not ends[start]:
            continue
        for stop in range(start + SHORTEST_RUN, len(folded) + 1):
            piece = folded[start:stop]
            if len(set(piece)) > 1 and not any(piece in run for run in _RUNS):
                break  # a longer piece from here is no run either
            ends[stop] = True
    return ends[-1]


def _personal_words(email: str, display_name: str) -> set[str]:
    local = _fold(email).split("@", 1)[0].strip()
    words = {local, *_WORD_SEPARATORS.split(local), *_WORD_SEPARATORS.split(_fold(display_name))}
    return {word for word in words if len(word) >= SHORTEST_PERSONAL_WORD}
