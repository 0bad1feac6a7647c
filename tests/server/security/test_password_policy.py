"""New passwords after NIST SP 800-63B: long enough, not common, not a pattern, not personal."""

from __future__ import annotations

import pytest

from server.core import i18n
from server.security import password_policy
from server.security.password_policy import (
    COMMON,
    PATTERN,
    PERSONAL,
    TOO_LONG,
    TOO_SHORT,
    common_passwords,
    password_problem,
)
from server.settings import MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH

EMAIL = "dana.counselor@clinic.example"
NAME = "Dana Counselor"


def test_a_passphrase_of_unrelated_words_passes():
    assert password_problem("quiet river morning 42", EMAIL, NAME) is None
    assert password_problem("Correct Horse Battery Staple", EMAIL, NAME) is None


def test_length_is_at_least_10_and_at_most_256_characters():
    assert MIN_PASSWORD_LENGTH == 10 and MAX_PASSWORD_LENGTH == 256
    assert str(MIN_PASSWORD_LENGTH) in TOO_SHORT.message
    assert str(MAX_PASSWORD_LENGTH) in TOO_LONG.message
    assert password_problem("plum kite", EMAIL) == TOO_SHORT.message  # 9 characters
    assert password_problem("plum kites", EMAIL) is None  # 10
    assert password_problem("plum kite " * 25 + "jazz ok", EMAIL) == TOO_LONG.message  # 257
    assert password_problem("plum kite " * 25 + "jazzy!", EMAIL) is None  # 256


@pytest.mark.parametrize(
    "password", ["1234567890", "qwertyuiop", "password12", "password123", "iloveyou12"]
)
def test_the_most_common_passwords_are_refused(password):
    assert password_problem(password, EMAIL, NAME) == COMMON.message


def test_the_list_is_matched_ignoring_case_width_and_digits_added_at_the_end():
    assert password_problem("PassWord123", EMAIL) == COMMON.message
    assert password_problem("ｐａｓｓｗｏｒｄ１２３", EMAIL) == COMMON.message  # NFKC: full width
    assert password_problem("baseball2024!", EMAIL) == COMMON.message
    assert password_problem("baseball bat in the garden", EMAIL) is None


def test_the_shipped_list_is_large_and_read_once():
    listed = common_passwords()
    assert isinstance(listed, frozenset) and 10_000 <= len(listed) <= 100_000
    assert all(len(word) >= 8 for word in listed)
    assert common_passwords() is listed
    assert not any(line.startswith("# ") for line in listed)


@pytest.mark.parametrize(
    "password",
    [
        "aaaaaaaaaaaa",  # one character repeated
        "abcabcabcabc",  # a unit repeated
        "12121212121212",
        "abcdefghijkl",  # the alphabet
        "9876543210987",  # digits backwards
        "zxcvbnm,./",  # a keyboard row
        "asdfgh;lkjhg",  # a row, then back along it
        "qazwsxedcrfv",  # keyboard columns
        "qwerty123456",  # a row and a sequence
        "!@#$%^&*()_+",  # the shifted digit row
    ],
)
def test_keyboard_runs_sequences_and_repeats_are_refused(password):
    assert password_problem(password, "someone@clinic.example") in (
        PATTERN.message,
        COMMON.message,
    )
    assert password_policy._is_pattern(password)


def test_a_pattern_inside_real_words_is_not_refused():
    assert password_problem("qwerty is my cat", "someone@clinic.example") is None
    assert not password_policy._is_pattern("abc river 123")


def test_the_email_local_part_or_a_word_of_the_name_is_refused_ignoring_case():
    assert password_problem("Dana.Counselor!77x", EMAIL) == PERSONAL.message
    assert password_problem("hello from DANA today", "d.c@clinic.example", NAME) == PERSONAL.message
    assert password_problem("my counselor says hi", "x@clinic.example", NAME) == PERSONAL.message
    assert password_problem("jo went to the river", "jo@clinic.example", "Jo Li") is None


def test_each_message_says_why_and_suggests_a_passphrase_in_both_languages():
    for message in (TOO_SHORT, COMMON, PATTERN, PERSONAL):
        assert "passphrase" in message.message
        assert message.text("es-US") != message.message  # translated in the catalog
    assert i18n.text("es-US", COMMON.message).startswith("Esa contraseña está en una lista")
