"""Records that flow out of the engine: profiles in, a Report out.

Everything here is plain data with a ``to_dict`` that produces the stable JSON wire format
(``givefirst.report/1``, documented in docs/report-schema.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

SCHEMA = "givefirst.report/1"

TIERS = ("below", "peer", "above", "far-above")
MISTAKES = ("rank", "ask-before-give", "value-proposition")
ACTS = ("ask", "give", "value", "their-work", "about-me")
CHANNELS = ("email", "linkedin", "dm")


@dataclass(frozen=True)
class Profile:
    """A sender or recipient. Every field is optional."""

    name: str | None = None
    role: str | None = None
    audience: int | None = None
    inbound_per_day: int | None = None
    work: tuple[str, ...] = ()
    offers: tuple[str, ...] = ()
    circles: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "role": self.role,
            "audience": self.audience,
            "inbound_per_day": self.inbound_per_day,
            "work": list(self.work),
            "offers": list(self.offers),
            "circles": list(self.circles),
        }


@dataclass(frozen=True)
class Rank:
    tier: str
    reason: str
    assumed: bool
    playbook: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "tier": self.tier,
            "reason": self.reason,
            "assumed": self.assumed,
            "playbook": list(self.playbook),
        }


class Cue(NamedTuple):
    """One lexicon hit: which cue group matched where. (A NamedTuple: created and hashed many times a check.)"""

    group: str
    act: str
    kind: str
    start: int
    end: int
    needs_frame: bool = False


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    acts: list[str] = field(default_factory=list)
    ask_kind: str | None = None
    ask_cost: int | None = None
    cues: list[Cue] = field(default_factory=list)
    strong_give: bool = False  # a give of substance (made, featured, introduced), not only an offer frame

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text, "acts": list(self.acts)}
        if self.ask_cost is not None:
            d["ask"] = {"kind": self.ask_kind, "cost_minutes": self.ask_cost}
        return d


@dataclass(frozen=True)
class Finding:
    rule: str
    mistake: str | None
    severity: str
    start: int
    end: int
    message: str
    suggestion: str
    source: str
    points: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "mistake": self.mistake,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "suggestion": self.suggestion,
            "source": self.source,
            "points": self.points,
        }


@dataclass(frozen=True)
class Mistake:
    id: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "message": self.message}


@dataclass
class Report:
    text: str
    language: str
    ui_language: str
    channel: str
    rank: Rank
    score: int
    verdict: str
    mistakes: list[Mistake]
    findings: list[Finding]
    sentences: list[Sentence]
    metrics: dict[str, Any]

    @property
    def mistake_ids(self) -> list[str]:
        return [m.id for m in self.mistakes]

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "language": self.language,
            "ui_language": self.ui_language,
            "channel": self.channel,
            "rank": self.rank.to_dict(),
            "score": self.score,
            "verdict": self.verdict,
            "mistakes": [m.to_dict() for m in self.mistakes],
            "findings": [f.to_dict() for f in self.findings],
            "sentences": [s.to_dict() for s in self.sentences],
            "metrics": dict(self.metrics),
        }
