"""The API documentation page in a real headless Chromium (Debian's): readable on the
narrowest phone (320 px) without scrolling sideways, every parameter and request body field of
the OpenAPI document shown with the limits the API checks, and nothing for axe-core to find
(WCAG 2.2 AA and best practices)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser

from directory.sqlite_store import SQLiteServiceStore
from matching.request import LIMITS
from tests.web.browser import AXE, WCAG_22_AA, LiveServer, screenshot
from web.app import create_app
from web.openapi import openapi_document
from web.schema_fields import body_fields


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


def test_every_parameter_and_body_field_is_documented_on_the_page(
    site: str, browser: Browser
) -> None:
    page = browser.new_page(viewport={"width": 320, "height": 800})
    page.goto(site + "/api/docs")
    keys = page.locator(".govuk-summary-list__key").all_inner_texts()
    document = openapi_document()
    expected = [
        name
        for operations in document["paths"].values()
        for operation in operations.values()
        for name in [
            *(str(parameter["name"]) for parameter in operation.get("parameters") or []),
            *(field.name for field in body_fields(document, operation)),
        ]
    ]
    assert expected and keys == expected
    assert {"needs", "needs[].text", "children[].age", "limit"} <= set(keys)
    page.close()


def test_the_match_requests_limits_are_on_the_page(site: str, browser: Browser) -> None:
    page = browser.new_page(viewport={"width": 320, "height": 800})
    page.goto(site + "/api/docs")
    match = page.locator("section", has=page.locator("h2", has_text="POST /api/match"))
    rows = match.locator(".govuk-summary-list__row")
    said = {row.locator("dt").inner_text(): row.locator("dd").inner_text() for row in rows.all()}
    assert said["limit"] == (
        f"Optional. A whole number from 1 to {LIMITS.limit}. Default: {LIMITS.default_limit}."
    )
    assert said["needs"].startswith(
        f"Required. A list of 1 to {LIMITS.needs} items, each either text of 1 to "
        f"{LIMITS.need_length} characters or an object"
    )
    assert said["children[].age"] == f"Required. A whole number from 0 to {LIMITS.child_age}."
    page.close()
