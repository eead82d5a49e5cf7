"""The crisis lines shown first, before any listing, when a need or a search signals
immediate risk. Configuration: the national lines by default (`matching/data/crisis_lines.json`),
or a council's own list in the same shape."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT = Path(__file__).parent / "data" / "crisis_lines.json"


class CrisisLinesError(ValueError):
    """The crisis lines file cannot be used; the message says why."""


@dataclass(frozen=True)
class CrisisLine:
    name: str
    number: str
    when: str


@dataclass(frozen=True)
class CrisisLines:
    message: str
    lines: tuple[CrisisLine, ...]

    @classmethod
    def load(cls, path: Path | None = None) -> CrisisLines:
        """The lines in `path` (the national ones by default); CrisisLinesError names what is
        wrong with the file."""
        where = path or DEFAULT
        try:
            data = json.loads(where.read_text(encoding="utf-8"))
            lines = tuple(
                CrisisLine(str(x["name"]), str(x["number"]), str(x.get("when", "")))
                for x in data["lines"]
            )
            message = str(data.get("message") or "")
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise CrisisLinesError(f"{where}: not a crisis lines file ({error})") from None
        if not lines:
            raise CrisisLinesError(f"{where}: lists no crisis lines")
        return cls(message, lines)

    def as_dict(self) -> dict[str, Any]:
        return {
            "message": self.message,
            "lines": [{"name": x.name, "number": x.number, "when": x.when} for x in self.lines],
        }
