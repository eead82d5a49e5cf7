"""The languages the directory knows by name (`matching/data/languages.json`)."""

from __future__ import annotations

import json
from pathlib import Path


def language_names(path: Path | None = None) -> dict[str, str]:
    """Language codes to their names in English ("pl": "Polish")."""
    data = json.loads((path or Path(__file__).parent / "data" / "languages.json").read_text())
    names: dict[str, str] = data["names"]
    return names
