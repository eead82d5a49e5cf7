"""The languages the directory knows by name (`matching/data/languages.json`)."""

from __future__ import annotations

import functools
import json
from pathlib import Path

SHIPPED = Path(__file__).parent / "data" / "languages.json"


def language_names(path: Path = SHIPPED) -> dict[str, str]:
    """Language codes to their names in English ("pl": "Polish"): a copy, the file being
    read once a process."""
    return dict(_names(path))


def language_codes(path: Path = SHIPPED) -> dict[str, str]:
    """Language names to their codes ("Polish": "pl"), the reverse of `language_names`."""
    return {name: code for code, name in _names(path).items()}


@functools.cache
def _names(path: Path) -> dict[str, str]:
    names: dict[str, str] = json.loads(path.read_text())["names"]
    return names
