"""Negated statements taken out of a need before it is read for harm, risk and what is present.

Sentence embeddings barely notice "no": "no DA indicators" sits next to "DA" in their space. So
the parts of a need that a negation cue governs (NegEx-style: the cue, then the rest of its
clause) are removed before the need is read for its role in harm, for crisis and for issues
present in the family. The cues are the general ones of clinical negation detection, not words
of any one directory or scenario.
"""

from __future__ import annotations

import re

#: Cues that negate what follows them, up to the end of their clause.
_CUES = re.compile(
    r"\b(?:no|nil|never|without|denies|denied|denying|den(?:y|ied) any|not known to|not "
    r"currently|no longer|ruled out|free of|absence of)\b"
    r"|\bnot\s+(?:a\s+)?(?:concern|an issue|present|reported|disclosed|indicated|suspected)\b",
    re.IGNORECASE,
)
#: "no" that names a lack the need is about ("no money", "no food") rather than negating a
#: finding: only these kinds of words after "no" (within two words) make it a negation.
_FINDING = re.compile(
    r"^\s*(?:\w+\s+){0,3}?(?:indicators?|concerns?|issues?|evidence|history|disclosures?|"
    r"worries|signs?|reports?|allegations?|known|current|ongoing|suggestion|safeguarding|"
    r"DA|DV|DVA|violen(?:ce|t)|abus(?:e|ive)|drugs?|alcohol|substances?|self[- ]harm|risk)\b",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[.;,!?\n]|\bbut\b|\bhowever\b|\bthough\b", re.IGNORECASE)


def _negated_span(clause: str) -> tuple[int, int] | None:
    for cue in _CUES.finditer(clause):
        word = cue.group(0).lower()
        if word in ("no", "without", "never") and not _FINDING.match(clause[cue.end() :]):
            continue
        return cue.start(), len(clause)
    return None


def without_negated(text: str) -> str:
    """The text with each negated clause part removed ("Struggling with rent, no DA
    indicators" -> "Struggling with rent"). The text itself when nothing is negated."""
    pieces: list[str] = []
    start = 0
    for boundary in [*_CLAUSE.finditer(text), None]:
        end = boundary.start() if boundary else len(text)
        clause = text[start:end]
        span = _negated_span(clause)
        kept = clause if span is None else clause[: span[0]]
        pieces.append(kept)
        if boundary is not None:
            pieces.append(boundary.group(0) if span is None else " ")
            start = boundary.end()
    result = re.sub(r"\s+", " ", "".join(pieces))
    result = re.sub(r"(\s*[,;.]\s*)+$", "", result)
    return result.strip(" ,;")
