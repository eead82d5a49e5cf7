"""What `earlyhelp serve` builds: one embedder (so one model in memory, loaded once) shared
by matching and the editors' importer."""

from __future__ import annotations

from pathlib import Path

import pytest

from earlyhelp import cli, wiring
from earlyhelp.settings import Settings
from matching.embedding import Embedder


def test_the_served_app_makes_one_embedder_for_matching_and_editing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[Embedder] = []
    real = wiring.make_embedder

    def counted(settings: Settings) -> Embedder:
        """The real factory, noting each embedder: each loads its model once, on first use."""
        made.append(real(settings))
        return made[-1]

    monkeypatch.setattr(wiring, "make_embedder", counted)
    monkeypatch.setattr(cli, "make_embedder", counted)
    settings = Settings.from_env({"EARLYHELP_DB": str(tmp_path / "app.db")})
    assert settings.embedder != "hashing"  # the real model, as `earlyhelp serve` runs
    store = wiring.open_store(settings)
    try:
        cli.serving_app(settings, store)
    finally:
        store.close()
    assert len(made) == 1
