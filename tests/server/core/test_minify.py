"""The PWA's files are served without comments and indentation, and nothing else changes.

Every JavaScript file of web/ is stripped and checked: it still parses (Node's own parser, the
V8 that Chromium runs), it keeps every line (an error's line number is the line in web/), it
has every string literal it had (text, quotes, template literals, regexes untouched), and no
comment is left. CSS and JSON keep their meaning.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from server.core import jsscan
from server.core.minify import catalog_key, strip_catalog, strip_css, strip_js, strip_json

WEB = Path(__file__).resolve().parents[3] / "web"
SCRIPTS = sorted([*(WEB / "js").rglob("*.js"), WEB / "sw.js"])


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda p: str(p.relative_to(WEB)))
def test_a_stripped_script_keeps_its_lines_strings_and_meaning(path, tmp_path):
    source = path.read_text(encoding="utf-8")
    served = strip_js(source)

    assert served.count("\n") == source.count("\n")
    assert len(served) < len(source)
    before, after = jsscan.scan(source), jsscan.scan(served)
    assert [text for *_, text, quote in before.strings] == [
        text for *_, text, quote in after.strings
    ]
    assert not after.comments

    node = shutil.which("node")
    assert node, "Node.js is needed to check that stripped scripts still parse"
    module = tmp_path / "served.mjs"  # .mjs: parsed as a module, as the browser does
    module.write_text(served, encoding="utf-8")
    checked = subprocess.run([node, "--check", str(module)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr


def test_comments_and_indentation_go_and_code_stays():
    source = (
        "// a note\n"
        "const a = 1; // why\n"
        '  const url = "https://example.org/x"; /* inline */ const b = a/*x*/+1;\n'
        "  const text = `line one\n"
        "    indented in the template`;\n"
        "    const re = /\\/\\/ not a comment/g;\n"
    )
    assert strip_js(source) == (
        "\n"
        "const a = 1; \n"
        'const url = "https://example.org/x";   const b = a +1;\n'
        "const text = `line one\n"
        "    indented in the template`;\n"
        "const re = /\\/\\/ not a comment/g;\n"
    )


def test_css_and_json_keep_their_meaning():
    assert (
        strip_css("/* note\n */\n.a {\n  color: red; /* why */\n}\n")
        == "\n\n.a {\ncolor: red; \n}\n"
    )
    catalog = (WEB / "locales" / "es" / "shell.json").read_text(encoding="utf-8")
    served = strip_json(catalog)
    assert json.loads(served) == json.loads(catalog) and len(served) < len(catalog)
    assert "á" in served or "é" in served  # real letters, not \\u escapes


async def test_files_are_served_stripped_with_the_same_etag_and_304(browser):
    first = await browser.get("/js/views/home.js", headers={"Accept-Encoding": "identity"})
    assert first.status_code == 200
    assert first.content == strip_js((WEB / "js" / "views" / "home.js").read_text()).encode()
    assert int(first.headers["content-length"]) == len(first.content)
    again = await browser.get("/js/views/home.js", headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304 and again.content == b""
    catalog = await browser.get("/locales/es/shell.json")
    assert catalog.status_code == 200 and b"\n" not in catalog.content.strip()
    assert catalog.json()[catalog_key("Sign in")] == "Entrar"
    missing = await browser.get("/js/views/no-such-screen.js")
    assert missing.status_code == 404


def test_a_catalog_is_served_keyed_by_the_hash_the_page_computes():
    """The page finds an entry by hashing the English itself (web/js/i18n.js keyOf): the same
    hash as the server's, for every key of every catalog, and no two keys share one."""
    english = sorted(
        {key for path in (WEB / "locales").rglob("*.json") for key in json.loads(path.read_text())}
        | {"¿Qué 😀", "", "{count} clients"}
    )
    ours = [catalog_key(key) for key in english]
    assert len(set(ours)) == len(english), "two catalog keys hash alike: reword one"

    source = (WEB / "js" / "i18n.js").read_text()
    key_of = source[source.index("const keys = new Map();") : source.index("export function t(")]
    node = shutil.which("node")
    assert node, "Node.js is needed to run the page's own hash"
    script = (
        key_of
        + "\nprocess.stdout.write(JSON.stringify(JSON.parse(require('fs').readFileSync(0, 'utf8')).map(keyOf)));"
    )
    ran = subprocess.run(
        [node, "-e", script], input=json.dumps(english), capture_output=True, text=True
    )
    assert ran.returncode == 0, ran.stderr
    assert json.loads(ran.stdout) == ours

    catalog = (WEB / "locales" / "es" / "shell.json").read_text(encoding="utf-8")
    served = json.loads(strip_catalog(catalog))
    assert served == {catalog_key(k): v for k, v in json.loads(catalog).items()}
    assert served[catalog_key("Check-in")] == json.loads(catalog)["Check-in"]
