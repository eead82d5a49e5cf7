"""Build the service's collaborators from its settings."""

from __future__ import annotations

from directory.geography import PostcodeDirectory
from directory.sqlite_store import SQLiteServiceStore
from directory.store import StoreError
from earlyhelp.settings import Settings
from matching.embedding import Embedder, HashingEmbedder, MiniLMEmbedder
from matching.engine import Matcher


def open_store(settings: Settings) -> SQLiteServiceStore:
    """The store the settings name. Raises StoreError when it cannot be opened."""
    if settings.backend != "sqlite":
        raise StoreError(
            f"EARLYHELP_BACKEND={settings.backend} is not available in this version; "
            "use the embedded store (sqlite)"
        )
    return SQLiteServiceStore(settings.db_path)


def make_embedder(settings: Settings) -> Embedder:
    """The embedder the settings name; the real model loads on first use."""
    if settings.embedder == "hashing":
        return HashingEmbedder()
    return MiniLMEmbedder()


def make_matcher(
    settings: Settings, store: SQLiteServiceStore, postcodes: PostcodeDirectory
) -> Matcher:
    """The matcher over a store, with the embedder the settings name."""
    return Matcher(store, make_embedder(settings), postcodes)
