"""What the matcher returns: suggestions best first, each need's outcome, and exclusions."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from matching.crisis import CrisisLines
from matching.reading import NeedReading


@dataclass(frozen=True)
class Suggestion:
    service_id: str
    name: str
    organization: str
    score: float
    needs_met: tuple[int, ...]
    reasons: tuple[str, ...]
    distance_km: float | None
    url: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "service_id": self.service_id,
            "name": self.name,
            "organization": self.organization,
            "score": self.score,
            "needs_met": list(self.needs_met),
            "reasons": list(self.reasons),
            "distance_km": self.distance_km,
            "url": self.url,
        }


@dataclass(frozen=True)
class NeedOutcome:
    index: int
    text: str
    categories: tuple[str, ...]
    matched: bool
    reading: NeedReading | None = None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "index": self.index,
            "text": self.text,
            "categories": list(self.categories),
            "matched": self.matched,
        }
        if self.reading is not None:
            out["reading"] = self.reading.as_dict()
        return out


@dataclass(frozen=True)
class MatchResult:
    suggestions: tuple[Suggestion, ...]
    needs: tuple[NeedOutcome, ...]
    excluded_by_reason: dict[str, int] = field(default_factory=dict)
    #: The crisis lines, when a need signals immediate risk: shown before anything else.
    crisis: CrisisLines | None = None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.crisis is not None:
            out["crisis"] = self.crisis.as_dict()
        out |= {
            "suggestions": [s.as_dict() for s in self.suggestions],
            "needs": [n.as_dict() for n in self.needs],
            "excluded": {
                "total": sum(self.excluded_by_reason.values()),
                "by_reason": dict(self.excluded_by_reason),
            },
        }
        return out
