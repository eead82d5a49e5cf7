"""The int8 ONNX build of all-MiniLM-L6-v2, the service's default embedder: it must give the
torch model's vectors (it shares its name, its readers' heads and the stored vectors) and
read needs the same way."""

from __future__ import annotations

import numpy as np
import pytest

from earlyhelp.settings import Settings, SettingsError
from earlyhelp.wiring import make_embedder
from matching.embedding import HashingEmbedder, MiniLMEmbedder
from matching.glossary import Glossary
from matching.onnx_embedding import MiniLMInt8Embedder
from matching.reading import NeedReader
from matching.training import heads_for

TEXTS = [
    "Mum struggling with 6yo's tantrums and bedtime",
    "Rent arrears, section 21 eviction notice",
    "Dad discloses wife physically violent to him, 2 children in home",
    "my son wants to kill himself",
    "A weekly stay-and-play group for parents and carers of children under five.",
    "",
    "Free, confidential counselling for young people aged 11 to 25 " * 40,
]


def test_the_default_embedder_is_the_int8_build_and_torch_stays_available() -> None:
    assert isinstance(make_embedder(Settings.from_env({})), MiniLMInt8Embedder)
    torch = make_embedder(Settings.from_env({"EARLYHELP_EMBEDDER": "minilm-torch"}))
    assert isinstance(torch, MiniLMEmbedder)
    assert isinstance(
        make_embedder(Settings.from_env({"EARLYHELP_EMBEDDER": "hashing"})), HashingEmbedder
    )
    with pytest.raises(SettingsError, match="EARLYHELP_EMBEDDER"):
        Settings.from_env({"EARLYHELP_EMBEDDER": "minilm-gpu"})


def test_its_vectors_are_the_torch_models(int8: MiniLMInt8Embedder, minilm: MiniLMEmbedder) -> None:
    mine, theirs = int8.embed(TEXTS), minilm.embed(TEXTS)
    assert mine.shape == (len(TEXTS), 384) and mine.dtype == np.float32
    assert np.allclose(np.linalg.norm(mine, axis=1), 1.0, atol=1e-4)
    assert (mine * theirs).sum(axis=1).min() >= 0.99
    assert int8.embed([]).shape == (0, 384)


def test_it_reads_needs_as_the_torch_model_does(
    int8: MiniLMInt8Embedder, minilm: MiniLMEmbedder
) -> None:
    needs = TEXTS[:4]
    assert int8.name == minilm.name  # so the shipped heads and the stored vectors serve both
    mine, _ = NeedReader(int8, Glossary.load(), heads_for(int8)).read(needs)
    theirs, _ = NeedReader(minilm, Glossary.load(), heads_for(minilm)).read(needs)
    for a, b in zip(mine, theirs, strict=True):
        assert (a.about, a.role, a.sex, a.crisis) == (b.about, b.role, b.sex, b.crisis)


def test_each_text_is_as_long_as_its_words_and_its_vector_ignores_its_pass(
    int8: MiniLMInt8Embedder,
) -> None:
    short, long = TEXTS[1], TEXTS[-1]
    counts = int8.token_counts([short, long, ""])
    assert counts[0] < 16 and counts[1] == 256 and counts[2] == 2  # [CLS] ... [SEP]
    alone = int8.embed([short])[0]
    beside_a_long_one = int8.embed([long, short])[1]
    assert float(alone @ beside_a_long_one) >= 0.9999
