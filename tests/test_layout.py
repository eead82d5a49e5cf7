"""Only web/ may import the web framework and the templates engine."""

from __future__ import annotations

import ast

import pytest

from tests.conftest import REPO

WEB_ONLY = ("starlette", "jinja2", "uvicorn")


@pytest.mark.parametrize("package", ["directory", "matching", "ingest"])
def test_domain_packages_do_not_import_web_libraries(package: str) -> None:
    for path in (REPO / package).rglob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in WEB_ONLY, f"{path} imports {name}"
