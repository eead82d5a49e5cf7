"""Settings, read from the environment in this one place."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from directory.council import Council
from directory.safe_values import checked_link
from feedback.letter import LocalPolicy
from matching.crisis import CrisisLines, CrisisLinesError
from matching.sensitive import DEFAULT_EXIT_URL
from web.map_tiles import MapTiles, MapTilesError, map_tiles

BACKENDS = ("sqlite", "elasticsearch")

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
EMBEDDERS = ("minilm", "minilm-torch", "hashing")


class SettingsError(ValueError):
    """A setting in the environment has a value the service cannot use."""


@dataclass(frozen=True)
class Settings:
    """Everything the service reads from its environment.

    `db_path` is the SQLite file of the embedded store and of the app's own records, unless
    `database_url` (a `postgresql://` address) puts the app's own records in PostgreSQL.
    `embedder` is `minilm` (all-MiniLM-L6-v2 as int8 ONNX, the default), `minilm-torch`
    (the same model on torch, about three times slower per request) or `hashing`, a fast
    lexical stand-in for tests and very small machines.
    """

    db_path: Path = Path("data/earlyhelp.db")
    database_url: str | None = None
    database_pool_size: int = 10
    backend: str = "sqlite"
    es_url: str = "http://127.0.0.1:9200"
    es_index: str = "earlyhelp"
    es_api_key: str | None = None
    es_ca_certs: Path | None = None
    es_shards: int = 1
    es_replicas: int = 0
    embedder: str = "minilm"
    host: str = "127.0.0.1"
    port: int = 8000
    session_hours: int = 8
    trusted_user_header: str | None = None
    trusted_proxies: tuple[Network, ...] = ()
    crisis_lines: Path | None = None
    exit_url: str = DEFAULT_EXIT_URL
    base_url: str | None = None
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 25
    smtp_starttls: bool = False
    smtp_username: str | None = None
    smtp_password: str | None = None
    mail_from: str = "earlyhelp@localhost"
    feedback_days: int = 5
    retention_days: int = 730
    link_days: int = 30
    policy: LocalPolicy = field(default_factory=LocalPolicy)
    council: Council = field(default_factory=Council)
    map_tiles: MapTiles | None = None

    @property
    def public_url(self) -> str:
        """Where people reach the app (for links in letters)."""
        return (self.base_url or f"http://{self.host}:{self.port}").rstrip("/")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Read the settings; raise SettingsError naming the variable that is wrong."""
        env = os.environ if environ is None else environ
        backend = env.get("EARLYHELP_BACKEND", cls.backend).strip().lower()
        if backend not in BACKENDS:
            raise SettingsError(
                f"EARLYHELP_BACKEND={backend!r} is not one of {', '.join(BACKENDS)}"
            )
        embedder = env.get("EARLYHELP_EMBEDDER", cls.embedder).strip().lower()
        if embedder not in EMBEDDERS:
            raise SettingsError(
                f"EARLYHELP_EMBEDDER={embedder!r} is not one of {', '.join(EMBEDDERS)}"
            )
        port_text = env.get("EARLYHELP_PORT", str(cls.port))
        try:
            port = int(port_text)
        except ValueError:
            raise SettingsError(f"EARLYHELP_PORT={port_text!r} is not a port number") from None
        if not 0 < port < 65536:
            raise SettingsError(f"EARLYHELP_PORT={port} is outside 1-65535")
        try:
            proxies = parse_proxies(env.get("EARLYHELP_TRUSTED_PROXIES", ""))
        except ValueError as error:
            raise SettingsError(f"EARLYHELP_TRUSTED_PROXIES: {error}") from None
        crisis = Path(env["EARLYHELP_CRISIS_LINES"]) if env.get("EARLYHELP_CRISIS_LINES") else None
        if crisis is not None:
            try:
                CrisisLines.load(crisis)
            except CrisisLinesError as error:
                raise SettingsError(f"EARLYHELP_CRISIS_LINES: {error}") from None
        exit_url = checked_link(env.get("EARLYHELP_EXIT_URL") or DEFAULT_EXIT_URL, ("https",))
        if exit_url is None:
            raise SettingsError(
                f"EARLYHELP_EXIT_URL={env.get('EARLYHELP_EXIT_URL')!r} is not an https address"
            )
        try:
            tiles = map_tiles(
                env.get("EARLYHELP_MAP_TILES", ""), env.get("EARLYHELP_MAP_ATTRIBUTION", "")
            )
        except MapTilesError as error:
            raise SettingsError(f"EARLYHELP_MAP_TILES: {error}") from None
        shards = _count(env, "EARLYHELP_ES_SHARDS", cls.es_shards, 1)
        replicas = _count(env, "EARLYHELP_ES_REPLICAS", cls.es_replicas, 0)
        return cls(
            db_path=Path(env.get("EARLYHELP_DB", str(cls.db_path))),
            database_url=_database_url(env),
            database_pool_size=_pool_size(env, cls.database_pool_size),
            backend=backend,
            es_url=env.get("EARLYHELP_ES_URL", cls.es_url),
            es_index=env.get("EARLYHELP_ES_INDEX", cls.es_index),
            es_api_key=env.get("EARLYHELP_ES_API_KEY") or None,
            es_shards=shards,
            es_replicas=replicas,
            es_ca_certs=Path(env["EARLYHELP_ES_CA_CERTS"])
            if env.get("EARLYHELP_ES_CA_CERTS")
            else None,
            embedder=embedder,
            session_hours=_count(env, "EARLYHELP_SESSION_HOURS", cls.session_hours, 1),
            trusted_user_header=env.get("EARLYHELP_TRUSTED_USER_HEADER") or None,
            trusted_proxies=proxies,
            crisis_lines=crisis,
            exit_url=exit_url,
            base_url=env.get("EARLYHELP_BASE_URL") or None,
            smtp_host=env.get("EARLYHELP_SMTP_HOST", cls.smtp_host),
            smtp_port=_count(env, "EARLYHELP_SMTP_PORT", cls.smtp_port, 1),
            smtp_starttls=env.get("EARLYHELP_SMTP_STARTTLS", "").lower() in ("1", "yes", "true"),
            smtp_username=env.get("EARLYHELP_SMTP_USERNAME") or None,
            smtp_password=env.get("EARLYHELP_SMTP_PASSWORD") or None,
            mail_from=env.get("EARLYHELP_MAIL_FROM", cls.mail_from),
            feedback_days=_count(env, "EARLYHELP_FEEDBACK_DAYS", cls.feedback_days, 1),
            link_days=_count(env, "EARLYHELP_LINK_DAYS", cls.link_days, 1),
            retention_days=_count(env, "EARLYHELP_RETENTION_DAYS", cls.retention_days, 1),
            policy=_policy(env),
            council=_council(env),
            map_tiles=tiles,
            host=env.get("EARLYHELP_HOST", cls.host),
            port=port,
        )


def parse_proxies(text: str) -> tuple[Network, ...]:
    """Addresses or networks, separated by commas ("10.0.0.5, 10.1.0.0/16"); ValueError
    names the entry that is not one."""
    networks = []
    for entry in (part.strip() for part in text.split(",")):
        if not entry:
            continue
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError:
            raise ValueError(f"{entry!r} is not an IP address or network") from None
    return tuple(networks)


def _database_url(env: Mapping[str, str]) -> str | None:
    """EARLYHELP_DATABASE_URL: a postgresql:// address, or None (SQLite in EARLYHELP_DB)."""
    url = env.get("EARLYHELP_DATABASE_URL", "").strip()
    if not url:
        return None
    if not url.startswith(("postgresql://", "postgres://")):
        # Only the scheme is shown: the rest may hold a password.
        raise SettingsError(
            f"EARLYHELP_DATABASE_URL must start with postgresql:// (it starts with "
            f"{url.split(':', 1)[0]!r}:)"
        )
    return url


#: The most PostgreSQL connections one process may hold; PostgreSQL allows 100 in all by default.
MAX_POOL_SIZE = 100


def _pool_size(env: Mapping[str, str], default: int) -> int:
    """EARLYHELP_DATABASE_POOL_SIZE: connections each process keeps to PostgreSQL, 1 to 100."""
    size = _count(env, "EARLYHELP_DATABASE_POOL_SIZE", default, 1)
    if size > MAX_POOL_SIZE:
        raise SettingsError(
            f"EARLYHELP_DATABASE_POOL_SIZE={size} must be at most {MAX_POOL_SIZE} (connections "
            "per process; every process of every instance holds up to this many)"
        )
    return size


def _count(env: Mapping[str, str], name: str, default: int, least: int) -> int:
    text = env.get(name, str(default))
    try:
        value = int(text)
    except ValueError:
        raise SettingsError(f"{name}={text!r} is not a whole number") from None
    if value < least:
        raise SettingsError(f"{name}={value} must be at least {least}")
    return value


#: The local policy's settings: environment variable -> LocalPolicy field.
POLICY_VARIABLES = {
    "EARLYHELP_COUNCIL": "council",
    "EARLYHELP_TEAM": "team",
    "EARLYHELP_DUTY_PHONE": "duty_phone",
    "EARLYHELP_DUTY_EMAIL": "duty_email",
    "EARLYHELP_THRESHOLD_LEVEL": "threshold_level",
    "EARLYHELP_THRESHOLD_URL": "threshold_url",
    "EARLYHELP_ESCALATION": "escalation",
    "EARLYHELP_THRESHOLD_DOCUMENT": "threshold_document",
    "EARLYHELP_EARLY_HELP_TEAM": "early_help_team",
    "EARLYHELP_PROTECTIVE_MARKING": "protective_marking",
}


def _policy(env: Mapping[str, str]) -> LocalPolicy:
    chosen = {field: env[name] for name, field in POLICY_VARIABLES.items() if env.get(name)}
    return LocalPolicy(**chosen)


#: What the public pages say about who runs the directory: environment variable -> Council
#: field. EARLYHELP_COUNCIL also names the council in letters.
COUNCIL_VARIABLES = {
    "EARLYHELP_COUNCIL": "name",
    "EARLYHELP_AREA": "area",
    "EARLYHELP_CONTACT_PHONE": "phone",
    "EARLYHELP_CONTACT_EMAIL": "email",
    "EARLYHELP_CONTACT_URL": "website",
}


def _council(env: Mapping[str, str]) -> Council:
    chosen = {
        field: env[name].strip() for name, field in COUNCIL_VARIABLES.items() if env.get(name)
    }
    email = chosen.get("email")
    if email and checked_link(f"mailto:{email}", ("mailto",)) is None:
        raise SettingsError(f"EARLYHELP_CONTACT_EMAIL={email!r} is not an email address")
    website = chosen.get("website")
    if website:
        link = checked_link(website)
        if link is None:
            raise SettingsError(f"EARLYHELP_CONTACT_URL={website!r} is not a web address")
        chosen["website"] = link
    return Council(**chosen)
