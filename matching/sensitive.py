"""Which listings someone may be in danger for being seen looking at (domestic abuse, sexual
violence and the like): their pages carry the "Exit this page" button and say less in the
header. Data, not code: the categories and listing facts are in
`matching/data/exit_topics.json`, which a council may extend with its own taxonomy's ids and
names."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from directory.records import Service
from matching.listing_reader import UNCERTAIN

DEFAULT = Path(__file__).parent / "data" / "exit_topics.json"
#: Where the exit button goes unless configured otherwise: an everyday page that gives nothing
#: away (the GOV.UK Frontend default).
DEFAULT_EXIT_URL = "https://www.bbc.co.uk/weather"


class ExitTopicsError(ValueError):
    """The exit topics file cannot be used; the message says why."""


@dataclass(frozen=True)
class ExitTopics:
    """The categories (by id or by words in their names) and listing facts that call for the
    exit button."""

    category_ids: frozenset[str]
    category_words: re.Pattern[str]
    facts: frozenset[str]

    @classmethod
    def load(cls, path: Path | None = None) -> ExitTopics:
        """The topics in `path` (the default list when none); ExitTopicsError says what is
        wrong with the file."""
        where = path or DEFAULT
        try:
            data = json.loads(where.read_text(encoding="utf-8"))
            ids = frozenset(str(i) for i in data["category_ids"])
            words = [str(w).strip().lower() for w in data["category_words"] if str(w).strip()]
            facts = frozenset(str(f) for f in data["facts"])
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise ExitTopicsError(f"{where}: not an exit topics file ({error})") from None
        if not ids and not words and not facts:
            raise ExitTopicsError(f"{where}: names no categories or facts")
        return cls(ids, _whole_words(words), facts)

    def names_topic(self, text: str) -> bool:
        """Whether a name (of a category or a service) or a search's words name a topic."""
        return bool(text) and self.category_words.search(text) is not None

    def covers_category(self, term: Mapping[str, Any]) -> bool:
        """Whether a taxonomy term (`id`, `name`) is one of the topics."""
        return str(term.get("id", "")) in self.category_ids or self.names_topic(
            str(term.get("name", ""))
        )

    def covers(self, service: Service) -> bool:
        """Whether a listing's page needs the exit button: its name or one of its categories
        names a topic, or its prose was read as for people harmed or as a programme for people
        who cause harm (sure or not: the safe way)."""
        if self.names_topic(service.name) or any(
            term.id in self.category_ids or self.names_topic(term.name)
            for term in service.categories
        ):
            return True
        return any(fact.removeprefix(UNCERTAIN) in self.facts for fact in service.facts)

    def covers_any(self, services: Iterable[Service]) -> bool:
        return any(self.covers(s) for s in services)


def _whole_words(words: list[str]) -> re.Pattern[str]:
    """One pattern matching any of `words` as whole words ("rape" but not "therapeutic");
    a pattern that never matches when there are none."""
    if not words:
        return re.compile(r"(?!x)x")
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in words)
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)
