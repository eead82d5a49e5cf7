"""The wiring builds the app's collaborators from the domain packages: it never reaches into
web/ (the editors' work is in directory/editing.py, not in the pages that show it)."""

from __future__ import annotations

import ast

from tests.conftest import REPO


def imported_modules(path: str) -> set[str]:
    tree = ast.parse((REPO / path).read_text())
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_the_wiring_does_not_import_the_web_package() -> None:
    modules = imported_modules("earlyhelp/wiring.py")
    assert "directory.editing" in modules  # what it used to take from web/editor_pages.py
    assert not {m for m in modules if m.split(".")[0] == "web"}


def test_the_editors_work_is_in_the_directory_package() -> None:
    modules = imported_modules("directory/editing.py")
    assert not {m for m in modules if m.split(".")[0] in ("web", "starlette", "jinja2")}
