"""The optional map on the results and service pages: the tile server a council configures.

There is no map unless a council names a tile server (EARLYHELP_MAP_TILES) and the credit its
tiles must carry (EARLYHELP_MAP_ATTRIBUTION). The list stays the content; the map is drawn by
a script over it, so a page without JavaScript, or without a tile server, loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from ipaddress import ip_address
from pathlib import Path
from urllib.parse import urlsplit

#: Leaflet, which draws the map, served by the app like the other assets (no script host).
LEAFLET = Path(__file__).parent / "frontend" / "node_modules" / "leaflet" / "dist"

#: Hosts that may serve tiles over plain http (a tile server on the same machine).
LOOPBACK_NAMES = frozenset({"localhost"})
MAX_ATTRIBUTION = 300


class MapTilesError(ValueError):
    """A tile server address or attribution the maps cannot use."""


@dataclass(frozen=True)
class MapTiles:
    """A tile server: its address template (`{z}`, `{x}`, `{y}`, and optionally `{s}` for
    subdomains are filled in by the map), the credit shown on the map, and the origin the
    Content-Security-Policy lets images come from."""

    url: str
    attribution: str
    origin: str


def _is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ip_address(host).is_loopback
    except ValueError:
        return False


def map_tiles(url: str, attribution: str) -> MapTiles | None:
    """The tile server named by `url` with its `attribution`, or None when `url` is empty.

    Raises MapTilesError saying what is wrong: an address that is not https (plain http only
    for a server on this machine), has no host, carries a user name or password, lacks `{z}`,
    `{x}` or `{y}`, or uses `{s}` subdomains (the policy allows one host only); or an
    attribution that is missing, too long or holds markup.
    """
    url = url.strip()
    if not url:
        return None
    parts = urlsplit(url)
    host = parts.hostname or ""
    if not host:
        raise MapTilesError(f"{url!r} has no host")
    if parts.scheme != "https" and not (parts.scheme == "http" and _is_loopback(host)):
        raise MapTilesError(
            f"{url!r} must be an https address (http only for a tile server on this machine)"
        )
    if parts.username or parts.password:
        raise MapTilesError(f"{url!r} must not carry a user name or password")
    if "{s}" in parts.netloc:
        raise MapTilesError(
            f"{url!r} uses {{s}} subdomains: give one host, the page may load tiles from it only"
        )
    missing = [p for p in ("{z}", "{x}", "{y}") if p not in url]
    if missing:
        raise MapTilesError(f"{url!r} lacks {', '.join(missing)}")
    if any(c in url for c in "\"'<> \\"):
        raise MapTilesError(f"{url!r} holds a character an address cannot have")
    attribution = " ".join(attribution.split())
    if not attribution:
        raise MapTilesError(
            "a tile server needs the credit its tiles must show (EARLYHELP_MAP_ATTRIBUTION), "
            "for example '© OpenStreetMap contributors'"
        )
    if len(attribution) > MAX_ATTRIBUTION:
        raise MapTilesError(f"the attribution is longer than {MAX_ATTRIBUTION} characters")
    if "<" in attribution or ">" in attribution:
        raise MapTilesError("the attribution must be plain text, without markup")
    origin = f"{parts.scheme}://{parts.netloc}"
    return MapTiles(url, attribution, origin)
