"""Records that flow out of the engine: profiles in, a Report out.

Everything here is plain data with a ``to_dict`` that produces the stable JSON wire format
(``givefirst.report/1``, documented in docs/report-schema.md).

The immutable records are NamedTuples and the two mutable ones hand-written slotted classes, not dataclasses:
importing ``dataclasses`` (and the ``inspect`` it pulls in) and generating their methods cost ~20 ms of every
cold start of ``givefirst check``.
"""

from __future__ import annotations

from typing import Any, NamedTuple

SCHEMA = "givefirst.report/1"

TIERS = ("below", "peer", "above", "far-above")
MISTAKES = ("rank", "ask-before-give", "value-proposition")
ACTS = ("ask", "give", "value", "their-work", "about-me")
CHANNELS = ("email", "linkedin", "dm")


class Profile(NamedTuple):
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


class Rank(NamedTuple):
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


class Sentence:
    """One sentence of the message: its span, its acts and (for an ask) what is asked and its cost in minutes."""

    __slots__ = ("start", "end", "text", "acts", "ask_kind", "ask_cost", "cues", "strong_give", "beneficiary")

    def __init__(self, start: int, end: int, text: str, acts: list[str] | None = None, ask_kind: str | None = None,
                 ask_cost: int | None = None, cues: list[Cue] | None = None, strong_give: bool = False) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.acts: list[str] = [] if acts is None else acts
        self.ask_kind = ask_kind
        self.ask_cost = ask_cost
        self.cues: list[Cue] = [] if cues is None else cues
        self.strong_give = strong_give  # a give of substance (made, featured, introduced), not only an offer frame
        # who gains from what the sentence asks, gives or offers: sender, recipient, third, both (None: no such act)
        self.beneficiary: str | None = None

    def _key(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sentence) and self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __repr__(self) -> str:
        return f"Sentence(start={self.start}, end={self.end}, text={self.text!r}, acts={self.acts!r})"

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text, "acts": list(self.acts)}
        if self.ask_cost is not None:
            d["ask"] = {"kind": self.ask_kind, "cost_minutes": self.ask_cost}
        if self.beneficiary is not None:
            d["beneficiary"] = self.beneficiary
        return d


class Finding(NamedTuple):
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


class Mistake(NamedTuple):
    id: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "message": self.message}


class Report:
    """The result of one check (see docs/report-schema.md for the JSON it turns into)."""

    __slots__ = ("text", "language", "ui_language", "channel", "rank", "score", "verdict", "mistakes", "findings",
                 "sentences", "metrics")

    def __init__(self, text: str, language: str, ui_language: str, channel: str, rank: Rank, score: int,
                 verdict: str, mistakes: list[Mistake], findings: list[Finding], sentences: list[Sentence],
                 metrics: dict[str, Any]) -> None:
        self.text = text
        self.language = language
        self.ui_language = ui_language
        self.channel = channel
        self.rank = rank
        self.score = score
        self.verdict = verdict
        self.mistakes = mistakes
        self.findings = findings
        self.sentences = sentences
        self.metrics = metrics

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Report) and all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __repr__(self) -> str:
        return (f"Report(language={self.language!r}, tier={self.rank.tier!r}, score={self.score}, "
                f"mistakes={self.mistake_ids!r})")

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
