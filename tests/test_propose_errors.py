"""`Feedback.propose` proposes without a postcode the matcher does not know, and lets every
other failure through instead of taking it for a bad postcode."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from appdb.sqlite import SQLiteDatabase
from directory.geography import PostcodeDirectory
from directory.sqlite_store import SQLiteServiceStore
from feedback.letter import LocalPolicy
from feedback.mailer import SmtpMailer
from feedback.service import Feedback
from feedback.store import FeedbackStore
from matching.embedding import Vectors
from matching.engine import Matcher, Weights
from tests.conftest import CountingEmbedder


class FailingOnce(CountingEmbedder):
    """An embedder that fails once as a library might, with a ValueError of its own (the old
    `except ValueError` took it for a bad postcode and quietly proposed without the place)."""

    def __init__(self) -> None:
        super().__init__()
        self.failed = False

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not self.failed:
            self.failed = True
            raise ValueError("the model's input had the wrong shape")
        return super().embed(texts)


def _feedback(tmp_path: Path, matcher: Matcher, store: SQLiteServiceStore) -> Feedback:
    return Feedback(
        FeedbackStore(SQLiteDatabase(tmp_path / "app.db")),
        store,
        matcher,
        SmtpMailer("127.0.0.1", 9, "frontdoor@council.gov.uk"),
        LocalPolicy(),
        b"k" * 32,
        "http://council.test",
    )


def test_an_unknown_postcode_is_proposed_without(
    tmp_path: Path, seeded_store: SQLiteServiceStore, postcodes: PostcodeDirectory
) -> None:
    matcher = Matcher(seeded_store, CountingEmbedder(), postcodes, weights=Weights(threshold=0.2))
    values: dict[str, object] = {"needs": ["help with debt"], "postcode": "ZZ99 9ZZ"}
    suggestions = _feedback(tmp_path, matcher, seeded_store).propose(values)
    assert suggestions and values["la_code"] == ""


def test_a_failure_that_is_not_about_the_postcode_is_not_hidden(
    tmp_path: Path, seeded_store: SQLiteServiceStore, postcodes: PostcodeDirectory
) -> None:
    matcher = Matcher(seeded_store, FailingOnce(), postcodes, weights=Weights(threshold=0.2))
    values: dict[str, object] = {"needs": ["help with debt"], "postcode": "BA2 3AB"}
    with pytest.raises(ValueError, match="wrong shape"):
        _feedback(tmp_path, matcher, seeded_store).propose(values)
