"""The app each worker of `earlyhelp serve --workers N` builds for itself.

Several worker processes cannot share one app object: each imports this module and calls
`app_from_environment`, which reads the settings from the environment (as the parent did)
and builds its own store connections, matcher and model (loaded once in each worker).
What the workers share lives outside them: the directory (its SQLite file or Elasticsearch)
and the application's own records (EARLYHELP_DB or EARLYHELP_DATABASE_URL)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from earlyhelp.settings import Settings
from earlyhelp.wiring import open_store

if TYPE_CHECKING:
    from starlette.applications import Starlette

#: What uvicorn imports in each worker (an app factory: called with no arguments).
APP_FACTORY = "earlyhelp.serving:app_from_environment"


def app_from_environment() -> Starlette:
    """The served app, built from the settings in the environment. Raises SettingsError or
    StoreError as `earlyhelp serve` would (the worker then stops with the message)."""
    from earlyhelp.cli import serving_app

    settings = Settings.from_env()
    return serving_app(settings, open_store(settings))
