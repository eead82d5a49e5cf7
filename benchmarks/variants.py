"""Generated variants of the seed directory, for import and matching benchmarks.

Variant k of a service gets a new id, a numbered name, sentences in another order, and its
locations moved by up to about 2 km, so the text and the places differ from the original.
"""

from __future__ import annotations

import copy
import json
import random
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seed_services.json"
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def seed_services(path: Path = SEED) -> list[dict[str, Any]]:
    services: list[dict[str, Any]] = json.loads(path.read_text())["contents"]
    return services


def _shuffle_sentences(text: str, rng: random.Random) -> str:
    sentences = _SENTENCE.split(text)
    if len(sentences) > 2:
        middle = sentences[1:]
        rng.shuffle(middle)
        sentences = [sentences[0], *middle]
    return " ".join(sentences)


def variant(service: dict[str, Any], k: int, rng: random.Random) -> dict[str, Any]:
    copy_ = copy.deepcopy(service)
    copy_["id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, f"variant:{service['id']}:{k}"))
    copy_["name"] = f"{service['name']} ({k})"
    copy_["description"] = _shuffle_sentences(service.get("description") or "", rng)
    for sal in copy_.get("service_at_locations") or []:
        sal["id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, f"variant-sal:{sal.get('id')}:{k}"))
        location = sal.get("location") or {}
        location["id"] = str(
            uuid.uuid5(uuid.NAMESPACE_URL, f"variant-loc:{location.get('id')}:{k}")
        )
        if isinstance(location.get("latitude"), float):
            location["latitude"] = round(location["latitude"] + rng.uniform(-0.015, 0.015), 6)
            location["longitude"] = round(location["longitude"] + rng.uniform(-0.02, 0.02), 6)
    return copy_


def variants(count: int, seed: int = 20261122) -> Iterator[dict[str, Any]]:
    """`count` services: the seed's, then variants of them in turn."""
    originals = seed_services()
    rng = random.Random(seed)
    for n in range(count):
        original = originals[n % len(originals)]
        round_ = n // len(originals)
        yield original if round_ == 0 else variant(original, round_, rng)


def write_variants(path: Path, count: int) -> Path:
    """Write `count` services as one page of HSDS JSON."""
    contents = list(variants(count))
    path.write_text(json.dumps({"total_items": count, "contents": contents}))
    return path
