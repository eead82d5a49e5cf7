"""The map's tile server setting: what is accepted, what is refused and how it says so, and
the Content-Security-Policy that follows from it."""

from __future__ import annotations

import re

import pytest

from earlyhelp.settings import Settings, SettingsError
from web.map_tiles import MapTilesError, map_tiles
from web.security_headers import content_security_policy

CREDIT = "© OpenStreetMap contributors"


def test_no_address_means_no_map() -> None:
    assert map_tiles("", "") is None
    assert map_tiles("   ", CREDIT) is None
    assert Settings.from_env({}).map_tiles is None


def test_an_https_tile_server_and_its_origin() -> None:
    tiles = map_tiles("https://tiles.example:8443/osm/{z}/{x}/{y}.png", "  ©  OSM\n contributors ")
    assert tiles is not None
    assert tiles.url == "https://tiles.example:8443/osm/{z}/{x}/{y}.png"
    assert tiles.origin == "https://tiles.example:8443"
    assert tiles.attribution == "© OSM contributors"


@pytest.mark.parametrize("host", ["127.0.0.1:8080", "localhost", "[::1]:9000"])
def test_plain_http_only_on_this_machine(host: str) -> None:
    tiles = map_tiles(f"http://{host}/{{z}}/{{x}}/{{y}}.png", CREDIT)
    assert tiles is not None and tiles.origin == f"http://{host}"


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("http://tiles.example/{z}/{x}/{y}.png", "must be an https address"),
        ("ftp://tiles.example/{z}/{x}/{y}.png", "must be an https address"),
        ("javascript:alert(1)//{z}/{x}/{y}", "has no host"),
        ("https:///{z}/{x}/{y}.png", "has no host"),
        ("https://tiles.example/{z}/{x}.png", "lacks {y}"),
        ("https://tiles.example/tile.png", "lacks {z}, {x}, {y}"),
        ("https://{s}.tiles.example/{z}/{x}/{y}.png", "uses {s} subdomains"),
        ("https://user:secret@tiles.example/{z}/{x}/{y}.png", "user name or password"),
        ("https://tiles.example/{z}/{x}/{y}.png?a='b'", "a character an address cannot have"),
    ],
)
def test_an_unusable_address_is_refused_saying_why(url: str, says: str) -> None:
    with pytest.raises(MapTilesError, match=re.escape(says)):
        map_tiles(url, CREDIT)


@pytest.mark.parametrize(
    ("attribution", "says"),
    [
        ("", "needs the credit its tiles must show"),
        ("x" * 301, "longer than 300"),
        ('<img src=x onerror="alert(1)">', "plain text"),
    ],
)
def test_an_unusable_attribution_is_refused(attribution: str, says: str) -> None:
    with pytest.raises(MapTilesError, match=says):
        map_tiles("https://tiles.example/{z}/{x}/{y}.png", attribution)


def test_the_settings_name_the_variable_that_is_wrong() -> None:
    with pytest.raises(SettingsError, match=r"EARLYHELP_MAP_TILES: .*must be an https address"):
        Settings.from_env({"EARLYHELP_MAP_TILES": "http://tiles.example/{z}/{x}/{y}.png"})
    with pytest.raises(SettingsError, match=r"EARLYHELP_MAP_TILES: .*EARLYHELP_MAP_ATTRIBUTION"):
        Settings.from_env({"EARLYHELP_MAP_TILES": "https://tiles.example/{z}/{x}/{y}.png"})
    chosen = Settings.from_env(
        {
            "EARLYHELP_MAP_TILES": "https://tiles.example/{z}/{x}/{y}.png",
            "EARLYHELP_MAP_ATTRIBUTION": CREDIT,
        }
    ).map_tiles
    assert chosen is not None and chosen.origin == "https://tiles.example"


def test_the_policy_allows_images_from_the_tile_host_only() -> None:
    assert "img-src 'self' data:;" in content_security_policy()
    policy = content_security_policy("https://tiles.example")
    assert "img-src 'self' data: https://tiles.example;" in policy
    assert "script-src 'self' " in policy and "tiles.example" not in policy.split("img-src")[0]
    assert policy.count("tiles.example") == 1
