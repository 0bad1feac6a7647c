"""What installing and first loading the app costs: the manifest, its icons, the shell budget."""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import struct
from pathlib import Path

import httpx
import pytest
from playwright.async_api import expect

from tests.e2e.flows import (
    open_sign_in,
    sign_in,
    wait_for_control,
    wait_until_saved_for_offline,
)

pytestmark = pytest.mark.e2e

WEB = Path(__file__).resolve().parents[2] / "web"
SHELL_BUDGET = 50 * 1024  # bytes, gzipped, everything a client loads first


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


async def test_the_manifest_describes_an_installable_app_with_real_icons(server):
    async with httpx.AsyncClient(base_url=server.base_url) as client:
        page = await client.get("/")
        assert '<link rel="manifest" href="/manifest.webmanifest">' in page.text
        response = await client.get("/manifest.webmanifest")
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("application/manifest+json")
        manifest = json.loads(response.content)

        assert manifest["name"] == "IOP Companion"
        assert manifest["short_name"] == "Companion"
        assert manifest["start_url"] == "/" and manifest["scope"] == "/" and manifest["id"] == "/"
        assert manifest["display"] == "standalone"
        for key in ("theme_color", "background_color"):
            assert re.fullmatch(r"#[0-9a-fA-F]{6}", manifest[key]), key
        assert manifest["description"]

        icons = manifest["icons"]
        kinds = {(icon["sizes"], icon.get("purpose", "any")) for icon in icons}
        for size in ("192x192", "512x512"):
            assert (size, "any") in kinds and (size, "maskable") in kinds, (size, kinds)
        for icon in icons:
            answer = await client.get(icon["src"])
            assert answer.status_code == 200, icon["src"]
            assert answer.headers["content-type"] == "image/png", icon["src"]
            assert icon["type"] == "image/png"
            width, height = png_size(answer.content)
            assert f"{width}x{height}" == icon["sizes"], icon["src"]


async def test_the_shell_a_client_loads_first_is_at_most_50_kb_gzipped(page, server):
    await page.goto("/")
    await wait_for_control(page)
    # Exactly what the service worker precached, read back from its cache in the browser.
    cached = await page.evaluate(
        """async () => {
            const names = await caches.keys();
            const urls = [];
            for (const name of names) {
                for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
            }
            return {names, urls};
        }"""
    )
    assert len(cached["names"]) == 1 and cached["names"][0].startswith("companion-shell-"), cached[
        "names"
    ]
    paths = sorted({httpx.URL(url).path for url in cached["urls"]})

    # Every script and style sheet in web/ is precached, or cached on first use (staff screens,
    # which a client never loads), or the app would break offline.
    on_demand = set(sw_list((WEB / "sw.js").read_text(), "ON_DEMAND"))
    assert on_demand and not on_demand & set(paths), (
        f"precached though staff-only: {sorted(on_demand & set(paths))}"
    )
    on_disk = {"/" + str(p.relative_to(WEB)) for p in WEB.rglob("*") if p.suffix in (".js", ".css")}
    on_disk.discard("/sw.js")
    assert on_disk <= set(paths) | on_demand, (
        f"not cached: {sorted(on_disk - set(paths) - on_demand)}"
    )
    assert not any(path.startswith("/api/") for path in paths)

    sizes = {}
    async with httpx.AsyncClient(base_url=server.base_url) as client:
        for path in [*paths, "/sw.js"]:
            response = await client.get(path)
            assert response.status_code == 200, path
            sizes[path] = len(gzip.compress(response.content))
    total = sum(sizes.values())
    report = ", ".join(f"{path} {size}" for path, size in sorted(sizes.items()))
    print(f"\napp shell: {len(sizes)} files, {total} bytes gzipped ({report})")
    assert total <= SHELL_BUDGET, (
        f"the app shell is {total} bytes gzipped (budget {SHELL_BUDGET}): {report}"
    )


async def test_a_client_finds_their_way_offline_from_the_tab_bar_and_more(page, context, server):
    """Offline after one visit: Today, Check-in and More with Week open from the saved shell and
    answers, the tab bar marks where they are, and crisis help keeps the front desk's number."""
    await open_sign_in(page)
    await sign_in(page, "client3@demo.example", server.demo_password)
    await expect(page.get_by_role("heading", level=1, name=re.compile("^Hello, "))).to_be_focused()
    await wait_for_control(page)
    await wait_until_saved_for_offline(page)

    await context.set_offline(True)
    await page.reload()
    tabs = page.get_by_role("navigation", name="Main")
    await expect(page.get_by_role("heading", level=1, name=re.compile("^Hello, "))).to_be_visible()
    await expect(page.locator("p.offline-note")).to_contain_text("You're offline")
    await page.locator(".crisis-control summary").click()
    await expect(page.locator(".crisis-control .front-desk")).to_contain_text("(303) 555-0142")
    await page.locator(".crisis-control summary").click()
    await tabs.get_by_role("link", name="Check-in").click()
    await expect(page.get_by_role("heading", level=1, name="Daily check-in")).to_be_focused()
    await tabs.get_by_role("link", name="More").click()
    await expect(page.get_by_role("heading", level=1, name="More")).to_be_focused()
    await page.get_by_role("link", name="Week").click()
    await expect(page.get_by_role("heading", level=1, name="Your schedule")).to_be_focused()
    await expect(tabs.locator("[aria-current=page]")).to_have_text("More")
    await expect(page.locator("p.updated")).to_contain_text("Offline.")
    await context.set_offline(False)


def sw_list(sw_source: str, name: str) -> list[str]:
    """The paths of one of sw.js's lists (SHELL, ON_DEMAND)."""
    found = re.search(rf"^const {name} = \[(.*?)\];", sw_source, re.M | re.S)
    assert found, f"sw.js should define {name}"
    return re.findall(r'"(/[^"]*)"', found.group(1))


def shell_version(sw_source: str) -> tuple[str, str]:
    """(VERSION as written in sw.js, the content hash it must equal)."""
    written = re.search(r'^const VERSION = "([^"]+)";', sw_source, re.M)
    assert written, "sw.js should define VERSION"
    digest = hashlib.sha256()
    catalogs = sorted("/" + str(p.relative_to(WEB)) for p in (WEB / "locales").rglob("*.json"))
    for path in sw_list(sw_source, "SHELL") + sw_list(sw_source, "ON_DEMAND") + catalogs:
        file = WEB / ("index.html" if path == "/" else path.lstrip("/"))
        digest.update(path.encode() + b"\0" + file.read_bytes() + b"\0")
    return written.group(1), digest.hexdigest()[:12]


def test_the_service_worker_cache_version_changes_whenever_a_shell_file_changes():
    # The shell is served cache-first: without a new cache name, phones keep old files forever.
    written, expected = shell_version((WEB / "sw.js").read_text())
    assert written == expected, (
        f'a shell file changed: set `const VERSION = "{expected}";` in web/sw.js'
    )
