"""Issue 18's guard rail for the PWA: every word a person reads is in the catalog, in every language.

- no visible English in web/js outside `t(…)`, `tn(…)` and `N_(…)` (nor in index.html outside
  an element marked `data-t`);
- every key has an entry in each language's catalog part, with the same `{placeholders}`, and a
  plural (tn) has the language's plural forms;
- no entry is left that no code uses (a translator's time is not spent on dead words);
- a module loaded after the first visit asks for its own part before it draws anything.
"""

from __future__ import annotations

import json
import re

import pytest

from tests import web_catalog as wc


def _visible(literal: wc.Literal) -> bool:
    text = literal.text.replace("${}", " ")
    return bool(
        literal.key_of is None
        and wc.VISIBLE.search(text)
        and text.strip() not in wc.NOT_TEXT
        and wc.MARKER not in literal.line_text
        and not text.startswith(("/", "#/", "http", "tel:", "sms:", "mailto:"))
        and not IDENTIFIER.match(text)
    )


# One word of code: an identifier or a name in camelCase or with dashes ("checkinScreen",
# "__Host-csrf", "ApiError"), never a person's word on its own.
IDENTIFIER = re.compile(r"^(?:[a-z_$][\w$-]*|[A-Z][a-z]+(?:[A-Z][a-z]+)+)$")


def test_no_visible_text_outside_the_catalog():
    leaks = [
        f"{item.file}:{item.line}: {item.text!r}"
        for path in wc.js_files()
        for item in wc.literals(path)
        if _visible(item)
    ]
    assert not leaks, (
        "wrap these in t(…) (or N_ for a constant), or end the line with // not text:\n"
        + "\n".join(leaks)
    )


def test_the_page_marks_its_own_words():
    unmarked = [text for text, marked in wc.page_texts() if not marked and text not in wc.NOT_TEXT]
    assert not unmarked, f"index.html: give these elements data-t: {unmarked}"


def _uses() -> dict[str, dict[str, tuple[str | None, list[str]]]]:
    """part -> key -> (English one-form, where)."""
    parts: dict[str, dict[str, tuple[str | None, list[str]]]] = {}
    for path in wc.js_files():
        for key, one, item in wc.keys(path):
            part = wc.part_of(item.file)
            entry = parts.setdefault(part, {}).setdefault(key, (one, []))
            entry[1].append(f"{item.file}:{item.line}")
    for text in wc.page_keys():
        parts.setdefault(wc.SHELL_PART, {}).setdefault(text, (None, []))[1].append("index.html")
    return parts


@pytest.mark.parametrize("language", wc.LANGUAGES)
def test_every_key_is_translated_with_the_same_placeholders(language):
    shell = wc.catalog(language, wc.SHELL_PART)
    problems = []
    for part, used in _uses().items():
        own = wc.catalog(language, part)
        for key, (one, where) in used.items():
            value = own.get(key, shell.get(key))
            if value is None:
                problems.append(f"{where[0]}: no {language} entry in {part}.json for {key!r}")
            elif one is None:
                if not isinstance(value, str) or wc.placeholders(value) != wc.placeholders(key):
                    problems.append(
                        f"{where[0]}: {language} {value!r} has other placeholders than {key!r}"
                    )
            else:
                english = wc.placeholders(key) | wc.placeholders(one) | {"count"}
                if not isinstance(value, dict) or "one" not in value or "other" not in value:
                    problems.append(
                        f"{where[0]}: {key!r} is a plural: give {language} forms 'one' and 'other'"
                    )
                elif any(wc.placeholders(form) - english for form in value.values()):
                    problems.append(
                        f"{where[0]}: {language} {value!r} names a placeholder {key!r} does not have"
                    )
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", wc.LANGUAGES)
def test_no_entry_is_left_unused(language):
    uses = _uses()
    folder = wc.WEB / "locales" / language
    stale = []
    for path in sorted(folder.rglob("*.json")):
        part = str(path.relative_to(folder)).removesuffix(".json")
        entries = json.loads(path.read_text(encoding="utf-8"))
        stale += [f"{part}.json: {key!r}" for key in entries if key not in uses.get(part, {})]
    assert not stale, "no code uses these entries:\n" + "\n".join(stale)


@pytest.mark.parametrize("language", wc.LANGUAGES)
def test_a_key_says_the_same_in_every_part(language):
    """The parts a page has loaded make one dictionary: an English text translated two ways
    would show whichever part loaded last, on both screens. Word it so one translation serves
    (or give the English its own words)."""
    folder = wc.WEB / "locales" / language
    said: dict[str, dict[str, list[str]]] = {}
    for path in sorted(folder.rglob("*.json")):
        part = str(path.relative_to(folder))
        for key, value in json.loads(path.read_text(encoding="utf-8")).items():
            said.setdefault(key, {}).setdefault(json.dumps(value, ensure_ascii=False), []).append(
                part
            )
    conflicts = [f"{key!r}: {ways}" for key, ways in said.items() if len(ways) > 1]
    assert not conflicts, "\n".join(conflicts)


def test_later_modules_load_their_own_part():
    missing = []
    for path in wc.js_files():
        relative = str(path.relative_to(wc.WEB))
        part = wc.part_of(relative)
        if part == wc.SHELL_PART or not wc.keys(path):
            continue
        if f'await use("{part}");' not in path.read_text(encoding="utf-8"):
            missing.append(f'{relative}: add `await use("{part}");` after its imports')
    assert not missing, "\n".join(missing)


# --- the scanner itself: the lint is only as good as its reading of JavaScript -----------------


def _scan(source: str, tmp_path) -> list[wc.Literal]:
    (tmp_path / "js").mkdir(exist_ok=True)
    path = tmp_path / "js" / "sample.js"
    path.write_text(source)
    original = wc.WEB
    wc.WEB = tmp_path
    try:
        return wc.literals(path)
    finally:
        wc.WEB = original


def test_scanner_sees_through_regexes_comments_and_templates(tmp_path):
    found = _scan(
        'const a = /"[^/"]*"/g; // "Not a string"\n'
        "/* 'Nor this' */ const b = `Hello ${name ? \"Dear\" : `Hi ${x}`} there`;\n"
        'const c = total / 2 / "x".length;\n'
        'h("p", {}, t("Sign in"), tn(n, "{count} day", "{count} days"), N_(\'Low\'), "Leak here");\n'
        'tn(list.length, "Yes, move {count} client", "Yes, move {count} clients");\n',
        tmp_path,
    )
    texts = [(item.text, item.key_of) for item in found]
    assert ("Not a string", None) not in texts and ("Nor this", None) not in texts
    assert (
        ("Dear", None) in texts and ("Hi ${}", None) in texts and ("Hello ${} there", None) in texts
    )
    assert ("x", None) in texts
    assert ("Sign in", "t") in texts and ("Low", "N_") in texts
    assert ("{count} day", "tn_one") in texts and ("{count} days", "tn_other") in texts
    assert ("Yes, move {count} client", "tn_one") in texts and (
        "Yes, move {count} clients",
        "tn_other",
    ) in texts
    leaks = [item.text for item in found if _visible(item)]
    assert leaks == ["Hello ${} there", "Dear", "Hi ${}", "Leak here"] or sorted(leaks) == sorted(
        ["Hello ${} there", "Dear", "Hi ${}", "Leak here"]
    )
