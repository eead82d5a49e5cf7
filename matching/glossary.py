"""Practitioners' shorthand and the patterns that tell who in a family causes harm.

All of it is data (`matching/data/glossary.json`), so a council can extend it without code.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from matching.spans import Span, without_spans

DATA = Path(__file__).parent / "data"
ADULT, CHILD = "adult", "child"
_NUMBER_THEN_WORD = re.compile(r"(\d)(?=[A-Za-z])")
_WORD = re.compile(r"\w+")
_NOT_IN_WORDS = re.compile(r"[\s\d.,;:!?()\[\]{}\"'“”‘’«»/\\|*&+<>=#@_–—-]+")


def _terms_pattern(keys: list[str]) -> re.Pattern[str]:
    alternatives = [
        re.escape(key) if key.isupper() else f"(?i:{re.escape(key)})"
        for key in sorted(keys, key=len, reverse=True)
    ]
    # Whole words only: a shorthand inside a longer word is not a shorthand.
    return re.compile(r"(?<![\w/])(?:" + "|".join(alternatives) + r")(?!\w)")


@dataclass(frozen=True)
class Glossary:
    """Expands shorthand and recognises needs and listings about people who cause harm."""

    terms: dict[str, str]
    harm_causing: dict[str, tuple[re.Pattern[str], ...]]
    harm_programme: tuple[re.Pattern[str], ...]
    pattern: re.Pattern[str]
    role_words: frozenset[str] = frozenset()
    child_words: dict[str, frozenset[str]] = field(default_factory=dict)
    listing_words: dict[str, frozenset[str]] = field(default_factory=dict)
    #: `listing_words` in other languages, by language code.
    listing_words_by_language: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None = None) -> Glossary:
        data: dict[str, Any] = json.loads((path or DATA / "glossary.json").read_text())
        terms = dict(data.get("terms", {}))
        causing = data.get("harm_causing_patterns", {})
        return cls(
            terms={**{k.lower(): v for k, v in terms.items() if not k.isupper()}, **terms},
            harm_causing={
                who: tuple(re.compile(p, re.IGNORECASE) for p in causing.get(who, []))
                for who in (ADULT, CHILD)
            },
            harm_programme=tuple(
                re.compile(p, re.IGNORECASE)
                for p in data.get("harm_programme_patterns", {}).get("patterns", [])
            ),
            pattern=_terms_pattern(list(terms)),
            role_words=frozenset(w.lower() for w in data.get("role_words", {}).get("words", [])),
            child_words={
                who: frozenset(words)
                for who, words in data.get("gender", {}).get("child_words", {}).items()
            },
            listing_words={
                who: frozenset(words)
                for who, words in data.get("gender", {}).get("listing_words", {}).items()
            },
            listing_words_by_language={
                language: {who: frozenset(words) for who, words in by_sex.items()}
                for language, by_sex in data.get("gender", {})
                .get("listing_words_by_language", {})
                .items()
            },
        )

    def expand(self, text: str) -> str:
        """The text with each shorthand followed by its meaning in brackets ("6yo" -> "6 yo
        (year old)", "DA" -> "DA (domestic abuse)")."""

        def replace(match: re.Match[str]) -> str:
            word = match.group(0)
            meaning = self.terms.get(word) or self.terms.get(word.lower())
            return f"{word} ({meaning})" if meaning else word

        return self.pattern.sub(replace, _NUMBER_THEN_WORD.sub(r"\1 ", text))

    def matching_text(self, need: str) -> str:
        """The expanded need without the words that only say who it is about, for retrieval."""
        return self.without_role_words(self.expand(need))

    def without_role_words(self, text: str) -> str:
        """The text without the words that only say who it is about ("mum", "dad")."""
        return without_spans(text, self.role_word_spans(text))

    def role_word_spans(self, text: str) -> tuple[Span, ...]:
        """Where in the text the words that only say who it is about are (character
        ranges), so that an embedder can leave their tokens out of a retrieval vector."""
        return tuple(
            m.span() for m in _WORD.finditer(text) if m.group(0).lower() in self.role_words
        )

    def sexes_named(self, text: str, language: str | None = None) -> frozenset[str]:
        """The sexes of the people a listing's words name: in English ("Dads' Den": `male`),
        or when a `language` is given in that language only ("Grupa dla ojców": `male`).
        Words are split at spaces and punctuation only, so Bengali and Urdu words keep the
        marks a word pattern would split them at, and no English word is found in a piece
        of another ("danışmanı" holds no "man")."""
        words = set(_NOT_IN_WORDS.split(text.lower()))
        if language is None:
            by_sex = self.listing_words
        else:
            by_sex = self.listing_words_by_language.get(language, {})
        return frozenset(who for who, named in by_sex.items() if words & named)

    def children_named(self, need: str) -> frozenset[str]:
        """The sexes of the children a need names ("her partner's son": `male`)."""
        words = set(re.findall(r"[a-z]+", need.lower()))
        return frozenset(who for who, named in self.child_words.items() if words & named)

    def harm_causer(self, need: str) -> str | None:
        """`adult` or `child` when the need is about someone in the family who causes harm."""
        expanded = self.expand(need)
        for who in (CHILD, ADULT):
            if any(p.search(expanded) for p in self.harm_causing[who]):
                return who
        return None

    def describes_harm_programme(self, text: str) -> bool:
        """Whether a listing's text says it is a programme for people who cause harm."""
        return any(p.search(text) for p in self.harm_programme)
