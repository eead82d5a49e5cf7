"""Who runs a directory: the council's name, the area it covers and how the public reaches
the directory's team. Set for each council (earlyhelp/settings.py), never written in code, so
any council runs the same service with its own feed."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Council:
    """What pages say about who runs the directory; an empty value is left off the page."""

    name: str = ""
    area: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
