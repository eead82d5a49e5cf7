"""Which language a listing is written in, so that one written in a language the listing
reader cannot read (its heads learnt English) is read the safe way.

Language identification is py3langid's (a naive Bayes model over byte n-grams, shipped in its
wheel), limited to the languages the directory knows by name (`matching/data/languages.json`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Protocol

ENGLISH = "en"
#: How surely a text must be in another language before a listing is taken as written in it.
SURE = 0.9
#: Texts shorter than this many letters are too short to tell ("Dads Den").
MIN_LETTERS = 20


class LanguageGuesser(Protocol):
    def classify(self, text: str) -> tuple[str, float]: ...

    def set_languages(self, langs: list[str] | None = None) -> None: ...


def _py3langid() -> LanguageGuesser:
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    guesser: LanguageGuesser = LanguageIdentifier.from_modelpath(
        MODEL_DIR / MODEL_FILE, norm_probs=True
    )
    return guesser


@functools.cache
def _guesser_for(codes: tuple[str, ...]) -> LanguageGuesser:
    """The identifier limited to these languages (those it knows), loaded once a process
    for every reader and matcher that asks for the same languages; read only after."""
    guesser = _py3langid()
    known = set(getattr(guesser, "nb_classes", codes))
    guesser.set_languages([c for c in codes if c in known])
    return guesser


class WrittenLanguage:
    """Tells when a text is surely written in a language other than English.

    `codes`: the languages to choose among (English is always one); codes the identifier does
    not know are left out. The identifier's model loads on first use (about 0.7 s), once a
    process for the same languages."""

    def __init__(self, codes: Iterable[str], sure: float = SURE) -> None:
        self._codes = tuple(sorted({ENGLISH, *codes}))
        self._sure = sure

    def of(self, text: str) -> str | None:
        """The code of the language `text` is surely written in, or None when it is English,
        too short to tell or not sure."""
        if sum(ch.isalpha() for ch in text) < MIN_LETTERS:
            return None
        code, p = _guesser_for(self._codes).classify(text)
        return code if code != ENGLISH and p >= self._sure else None
