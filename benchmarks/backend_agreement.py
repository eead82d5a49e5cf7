"""Do the two backends suggest the same services? An evaluation set's scenarios on SQLite and
on Elasticsearch, in one run, with the real embedding model.

The set's directory is imported into a SQLite store, copied into Elasticsearch (`rebuild`, as
`earlyhelp reindex` does), and every scenario is matched on both. Prints nDCG@5 of each, the
mean share of each top 5 that the other backend also suggests, and the match latency of each.
Elasticsearch is the noida-db emulator started here unless --es-url names a server, so its
latencies are emulator figures.

    .venv/bin/python -m benchmarks.backend_agreement [--set own|held-out] [--es-url URL]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from elasticsearch import Elasticsearch

from benchmarks.evaluation import HELDOUT, OWN, Case, EvalSet, K, load_cases, ndcg
from benchmarks.search_server import SearchServer
from directory.es_mapping import synonym_rules
from directory.es_store import ElasticsearchServiceStore
from directory.geography import PostcodeDirectory
from directory.sqlite_store import SQLiteServiceStore
from directory.store import stored_changes
from earlyhelp.wiring import make_listing_reader
from ingest.importer import Importer
from ingest.json_source import read_json_file
from matching.embedding import Embedder, MiniLMEmbedder
from matching.engine import Matcher
from matching.glossary import Glossary
from matching.request import parse_match_request
from matching.search_candidates import facets_for, search_matcher


@dataclass(frozen=True)
class Agreement:
    ndcg_sqlite: float
    ndcg_search: float
    overlap: float
    cases: int
    latency_sqlite_ms: float
    latency_search_ms: float


def compare(first: Matcher, second: Matcher, cases: list[Case]) -> Agreement:
    """nDCG@5 of each matcher, their mean top-5 overlap, and their median latencies."""
    scores: tuple[list[float], list[float]] = ([], [])
    times: tuple[list[float], list[float]] = ([], [])
    overlaps: list[float] = []
    for case in cases:
        request = parse_match_request(case.request | {"limit": K})
        tops = []
        for n, matcher in enumerate((first, second)):
            started = time.perf_counter()
            result = matcher.suggest(request)
            times[n].append((time.perf_counter() - started) * 1000)
            top = [s.service_id for s in result.suggestions][:K]
            scores[n].append(ndcg(top, case.gains))
            tops.append(top)
        size = max(len(tops[0]), len(tops[1]))
        overlaps.append(len(set(tops[0]) & set(tops[1])) / size if size else 1.0)
    return Agreement(
        statistics.fmean(scores[0]),
        statistics.fmean(scores[1]),
        statistics.fmean(overlaps),
        len(cases),
        statistics.median(times[0]),
        statistics.median(times[1]),
    )


def import_set(
    evaluation: EvalSet, path: Path, embedder: Embedder, postcodes: PostcodeDirectory
) -> SQLiteServiceStore:
    """The set's directory in a SQLite store, imported as `earlyhelp ingest` does."""
    store = SQLiteServiceStore(path)
    importer = Importer(store, embedder, postcodes, reader=make_listing_reader(embedder))
    importer.run(read_json_file(evaluation.directory))
    return store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--es-url", help="a running cluster (default: start the emulator)")
    parser.add_argument("--set", choices=("own", "held-out"), default="held-out")
    args = parser.parse_args()
    evaluation = OWN if args.set == "own" else HELDOUT
    cases = load_cases(evaluation)
    embedder = MiniLMEmbedder()
    postcodes = PostcodeDirectory()
    glossary = Glossary.load()
    with tempfile.TemporaryDirectory() as folder:
        server = None
        url = args.es_url
        if url is None:
            server = SearchServer(Path(folder) / "search")
            server.start()
            url = server.url
        sqlite = import_set(evaluation, Path(folder) / "set.db", embedder, postcodes)
        prefix = f"agreement-{uuid.uuid4().hex[:8]}"
        search = ElasticsearchServiceStore(
            Elasticsearch(url, request_timeout=30),
            prefix,
            synonyms=synonym_rules(glossary.terms),
            facets=facets_for(glossary),
        )
        try:
            search.rebuild(stored_changes(sqlite))
            result = compare(
                Matcher(sqlite, embedder, postcodes, glossary),
                search_matcher(search, embedder, postcodes, glossary),
                cases,
            )
        finally:
            client = Elasticsearch(url)
            for name in client.indices.get(index=f"{prefix}-*"):
                client.indices.delete(index=name)
            client.close()
            search.close()
            sqlite.close()
            if server is not None:
                server.stop()
    print(
        f"{evaluation.name}: {result.cases} scenarios, top {K}, real model; Elasticsearch at {url}"
    )
    print(
        f"SQLite         nDCG@5 {result.ndcg_sqlite:.3f}   median match "
        f"{result.latency_sqlite_ms:.1f} ms"
    )
    print(
        f"Elasticsearch  nDCG@5 {result.ndcg_search:.3f}   median match "
        f"{result.latency_search_ms:.1f} ms{' (emulator)' if server is not None else ''}"
    )
    print(
        f"nDCG@5 difference {abs(result.ndcg_sqlite - result.ndcg_search):.3f}; "
        f"mean top-{K} overlap {result.overlap:.1%}"
    )


if __name__ == "__main__":
    main()
