"""The API documentation page in a real headless Chromium (Debian's): readable on the
narrowest phone (320 px) without scrolling sideways, every parameter of the OpenAPI document
shown, and nothing for axe-core to find (WCAG 2.2 AA and best practices)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser

from directory.sqlite_store import SQLiteServiceStore
from tests.web.browser import AXE, WCAG_22_AA, LiveServer, screenshot
from web.app import create_app
from web.openapi import openapi_document


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = SQLiteServiceStore(Path(tmp_path_factory.mktemp("docs")) / "directory.db")
    with LiveServer(create_app(store)) as server:
        yield server.url
    store.close()


@pytest.mark.parametrize("width", [320, 390, 1280])
def test_the_api_docs_do_not_scroll_sideways(site: str, browser: Browser, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(site + "/api/docs")
    wide = page.evaluate(
        """() => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
            .map(e => e.tagName + ' ' + e.textContent.trim().slice(0, 40))"""
    )
    assert wide == [], f"wider than {width} px: {wide[:5]}"
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    screenshot(page, f"api-docs-{width}")
    page.evaluate((AXE / "axe.min.js").read_text())
    violations: list[dict[str, Any]] = page.evaluate(
        """async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}}))
            .violations.map(v => ({id: v.id, nodes: v.nodes.map(n => n.target.join(' '))}))""",
        [*WCAG_22_AA, "best-practice"],
    )
    assert violations == [], violations
    context.close()


def test_every_parameter_is_documented_on_the_page(site: str, browser: Browser) -> None:
    page = browser.new_page(viewport={"width": 320, "height": 800})
    page.goto(site + "/api/docs")
    keys = page.locator(".govuk-summary-list__key").all_inner_texts()
    document = openapi_document()
    expected = [
        str(parameter["name"])
        for operations in document["paths"].values()
        for operation in operations.values()
        for parameter in operation.get("parameters") or []
    ]
    assert expected and keys == expected
    page.close()
