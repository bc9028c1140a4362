"""The checks: the three mistakes and the supporting findings.

Each check reads the labelled sentences and yields Hits (rule id, span, values for the advice text). Severity,
points and sources live in ``givefirst/data/rules.toml``; messages and suggestions in each language's advice.toml.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import NamedTuple

from .acts import is_peer_rule_ask
from .lexicon import LangPack
from .model import Rank, Sentence

# DOMAIN.md: LinkedIn connection notes, 200 characters (free) / 300 (premium)
LINKEDIN_FREE = 200
LINKEDIN_PREMIUM = 300
# DOMAIN.md: Boomerang, 50-125 words got the most replies
EMAIL_MAX_WORDS = 125
# words about yourself before the first benefit that count as "value buried"
BURIED_WORDS = 40
_SMALL_ASKS = ("reply", "yes-no")


class Hit(NamedTuple):
    rule: str
    start: int
    end: int
    values: dict[str, str]


class Context:
    """What every check reads: the message, its labelled sentences and signals, the rank and the channel."""

    __slots__ = ("text", "sentences", "signals", "rank", "channel", "pack", "ui", "words", "_first")

    def __init__(self, text: str, sentences: list[Sentence], signals: list[set[str]], rank: Rank, channel: str,
                 pack: LangPack, ui: LangPack, words: int) -> None:
        self.text = text
        self.sentences = sentences
        self.signals = signals
        self.rank = rank
        self.channel = channel
        self.pack = pack
        self.ui = ui
        self.words = words
        # the first sentence of each act, found once (every check asks for these several times)
        self._first: dict[str, int] = {}
        for i, s in enumerate(self.sentences):
            for act in s.acts:
                self._first.setdefault(act, i)

    @property
    def above(self) -> bool:
        return self.rank.tier in ("above", "far-above")

    def first(self, act: str) -> int | None:
        return self._first.get(act)

    def has(self, act: str) -> bool:
        return self.first(act) is not None

    def with_signal(self, signal: str) -> list[int]:
        return [i for i, sig in enumerate(self.signals) if signal in sig]

    def whole(self) -> tuple[int, int]:
        return (self.sentences[0].start, self.sentences[-1].end) if self.sentences else (0, len(self.text))

    def tier_label(self) -> str:
        return str(self.ui.advice["tiers"][self.rank.tier])

    def kind_label(self, kind: str | None) -> str:
        labels = self.ui.advice["ask_kinds"]
        return labels.get(kind or "request", labels["request"])


Check = Callable[[Context], Iterator[Hit]]


_INTERVIEW_KINDS = frozenset(("meeting", "call", "time", "demo"))


def rank_peer_rules(ctx: Context) -> Iterator[Hit]:
    if not ctx.above:
        return
    has_reason = ctx.has("give") or ctx.has("their-work")
    # a job application's interview is its own ask, not a networking meeting (docs/corpus.md)
    application = bool(ctx.with_signal("application"))
    for s in ctx.sentences:
        if not is_peer_rule_ask(s, ctx.pack):
            continue
        kinds = {c.kind for c in s.cues if c.act == "ask" and ctx.pack.by_id[c.group].peer_rule}
        if application and kinds <= _INTERVIEW_KINDS:
            continue
        if kinds == {"connect"} and has_reason:
            continue  # a connection request with a reason is not the bare 'let's connect'
        if not kinds:
            kind = "time"  # a long ask by its size alone ("could you spare 45 minutes")
        else:
            kind = s.ask_kind if s.ask_kind in kinds else min(kinds - {"connect"}, default="connect")
        yield Hit("rank.peer-rules", s.start, s.end, {"kind": ctx.kind_label(kind), "tier": ctx.tier_label()})


def ask_before_give(ctx: Context) -> Iterator[Hit]:
    if not ctx.above:
        return
    first_ask = ctx.first("ask")
    if first_ask is None:
        return
    s = ctx.sentences[first_ask]
    first_give = ctx.first("give")
    if first_give is None:
        yield Hit("ask-before-give.no-give", s.start, s.end, {"kind": ctx.kind_label(s.ask_kind)})
    elif first_ask < first_give:
        yield Hit("ask-before-give.ask-first", s.start, s.end, {"kind": ctx.kind_label(s.ask_kind)})


def value_proposition(ctx: Context) -> Iterator[Hit]:
    if not ctx.above or not (ctx.has("ask") or ctx.has("give") or ctx.with_signal("vague-offer")):
        return  # nothing asked or offered (a thank-you note): nothing to propose; a vague offer alone still counts
    start, end = ctx.whole()
    first_value = ctx.first("value")
    if first_value is None:
        vague = ctx.with_signal("vague-offer")
        if vague:
            s = ctx.sentences[vague[0]]
            yield Hit("value-proposition.vague-offer", s.start, s.end, {})
        elif ctx.has("ask") or not ctx.has("give"):
            # (a give that asks nothing back - a typo fixed, a translation made - is its own value for them)
            yield Hit("value-proposition.no-benefit", start, end, {})
    else:
        before = sum(
            len(s.text.split()) for s in ctx.sentences[:first_value] if "about-me" in s.acts
        )
        if before >= BURIED_WORDS:
            s = ctx.sentences[first_value]
            yield Hit("value-proposition.buried", s.start, s.end, {"words": str(before)})
    if not ctx.has("their-work"):
        yield Hit("value-proposition.no-their-work", start, end, {})


def channel_length(ctx: Context) -> Iterator[Hit]:
    start, end = ctx.whole()
    n = len(ctx.text.strip())
    if ctx.channel == "linkedin":
        if n > LINKEDIN_PREMIUM:
            yield Hit("channel.linkedin-over-premium", start, end, {"chars": str(n), "limit": str(LINKEDIN_PREMIUM)})
        elif n > LINKEDIN_FREE:
            yield Hit("channel.linkedin-over-free", start, end, {"chars": str(n), "limit": str(LINKEDIN_FREE)})
    elif ctx.channel == "email" and ctx.words > EMAIL_MAX_WORDS:
        yield Hit("channel.email-long", start, end, {"words": str(ctx.words), "limit": str(EMAIL_MAX_WORDS)})


def multiple_asks(ctx: Context) -> Iterator[Hit]:
    big = [s for s in ctx.sentences if "ask" in s.acts and s.ask_kind not in _SMALL_ASKS]
    kinds = {s.ask_kind for s in big}
    if len(big) > 1 and len(kinds) > 1:
        s = big[1]
        yield Hit("ask.multiple", s.start, s.end, {"count": str(len(big))})


def vague_ask(ctx: Context) -> Iterator[Hit]:
    for s in ctx.sentences:
        if "ask" in s.acts and s.ask_kind in ("vague", "brain"):
            yield Hit("ask.vague", s.start, s.end, {})
            return


def flattery(ctx: Context) -> Iterator[Hit]:
    found = ctx.with_signal("flattery")
    if found and not ctx.has("their-work"):
        s = ctx.sentences[found[0]]
        yield Hit("flattery.unspecific", s.start, s.end, {})


def follow_up(ctx: Context) -> Iterator[Hit]:
    found = ctx.with_signal("follow-up")
    if found and not ctx.has("give") and not ctx.has("value"):
        s = ctx.sentences[found[0]]
        yield Hit("follow-up.no-new-value", s.start, s.end, {})


CHECKS: tuple[Check, ...] = (
    rank_peer_rules,
    ask_before_give,
    value_proposition,
    channel_length,
    multiple_asks,
    vague_ask,
    flattery,
    follow_up,
)


def run(ctx: Context) -> list[Hit]:
    hits: list[Hit] = []
    for check in CHECKS:
        hits.extend(check(ctx))
    return hits
