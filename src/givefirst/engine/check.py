"""check(): text + profiles -> Report. Pure: no I/O, no printing, no database."""

from __future__ import annotations

import re
from functools import lru_cache

from . import acts, language, learned, rank, rules, segment
from .errors import EmptyMessageError, UsageError
from .lexicon import SUPPORTED, LangPack, load, own_text_end, signature_span
from .lexicon import rules as rule_meta
from .model import CHANNELS, Cue, Finding, Mistake, Profile, Report, Sentence

_WORD = re.compile(r"\w+(?:['\u2019-]\w+)*")
# verdict thresholds: the score at or above which each verdict applies, best first
VERDICTS = ((85, "ready"), (65, "almost"), (40, "needs-work"), (0, "rewrite"))


def check(
    text: str,
    *,
    recipient: Profile | None = None,
    sender: Profile | None = None,
    channel: str = "email",
    lang: str = "auto",
    ui_lang: str | None = None,
) -> Report:
    """Judge an outreach message against the three networking mistakes.

    ``lang`` is 'auto', 'en' or 'nl'; ``ui_lang`` (default: the message's language) picks the language of the
    advice. Raises EmptyMessageError, UnsupportedLanguageError or UsageError on bad input.
    """
    if not isinstance(text, str):
        raise UsageError("the message must be text (str)")
    if not text.strip():
        raise EmptyMessageError("the message is empty")
    if channel not in CHANNELS:
        raise UsageError(f"unknown channel {channel!r}; use one of: {', '.join(CHANNELS)}")
    own = text[:own_text_end(text)]  # quoted replies, forwards and signatures are not the sender's message
    if not own.strip():
        own = text
    if lang == "auto":
        code = language.detect(own)
    elif lang in SUPPORTED:
        code = lang
    else:
        raise UsageError(f"unknown language {lang!r}; use auto, en or nl")
    ui_code = ui_lang or code
    if ui_code not in SUPPORTED:
        raise UsageError(f"unknown interface language {ui_code!r}; use en or nl")
    pack = load(code)
    ui = load(ui_code)
    costs = pack.ask_costs

    sentences = [Sentence(s, e, text[s:e]) for s, e in segment.split(own, pack.abbreviations)]
    acts.assign(sentences, acts.find_cues(own, pack, recipient))
    signals = acts.label_all(sentences, pack, costs)
    sig = signature_span(own)
    body = sentences
    body_signals = signals
    if sig is not None:
        # name, title and links under the closing line ask and give nothing ("Book a call: calendly.com/...")
        body, body_signals = [], []
        for i, s in enumerate(sentences):
            if sig[0] <= s.start < sig[1]:
                s.acts, s.ask_kind, s.ask_cost, s.strong_give = [], None, None, False
                signals[i] = set()
            else:
                body.append(s)
                body_signals.append(signals[i])
    learned.decide(body, learned.load(code), body_signals)  # the learned classifier has the last word
    if channel == "linkedin" and body and not any("ask" in b.acts for b in body):
        _implicit_connect(body)
    known: bool | str = False  # the text shows they already know each other ("great meeting you at the meetup")
    for s, sentence_signals in zip(sentences, signals, strict=True):
        acts.decide_beneficiary(s, sentence_signals)
        known = known or "relationship" in sentence_signals
    if not known and learned.reads_known(sentences, channel, recipient, sender, learned.load_relation(code)):
        known = "style"  # no cue says so, but the message reads like one between people who know each other
    the_rank = rank.compute(sender, recipient, ui, known)
    words = len(_WORD.findall(own))

    ctx = rules.Context(own, sentences, signals, the_rank, channel, pack, ui, words)
    findings = _findings(rules.run(ctx), ui)
    score = max(0, 100 - sum(f.points for f in findings))
    verdict = next(v for floor, v in VERDICTS if score >= floor)

    mistakes = []
    for mid in ("rank", "ask-before-give", "value-proposition"):
        if any(f.mistake == mid for f in findings):
            mistakes.append(Mistake(mid, ui.text("mistakes", mid)))

    ask_sentences = [s for s in sentences if "ask" in s.acts]
    metrics = {
        "words": words,
        "characters": len(own.strip()),
        "quoted_characters_ignored": len(text) - len(own),
        "sentences": len(sentences),
        "asks": len(ask_sentences),
        "gives": sum(1 for s in sentences if "give" in s.acts),
        "ask_cost_minutes": sum(s.ask_cost or 0 for s in ask_sentences),
        "questions": sum(1 for s in sentences if s.text.rstrip().endswith("?")),
        "first_ask": ctx.first("ask"),
        "first_give": ctx.first("give"),
    }
    return Report(
        text=text,
        language=code,
        ui_language=ui_code,
        channel=channel,
        rank=the_rank,
        score=score,
        verdict=verdict,
        mistakes=mistakes,
        findings=findings,
        sentences=sentences,
        metrics=metrics,
    )


def _implicit_connect(body: list[Sentence]) -> None:
    """A LinkedIn note goes with a connection request: when its words ask nothing, the note itself is the ask to
    connect (a bare one unless it gives something or shows their work). It sits on the note's last sentence of
    substance, after whatever the note gives."""
    target = next((b for b in reversed(body) if b.acts or b.text.count(" ") >= 2), body[-1])
    target.acts = ["ask"] + [a for a in target.acts if a != "ask"]
    target.ask_kind, target.ask_cost = "connect", 1
    target.cues.append(Cue("ask.connect", "ask", "connect", target.start, target.end))


def _findings(hits: list[rules.Hit], ui: LangPack) -> list[Finding]:
    meta = rule_meta()
    seen: dict[str, int] = {}
    out = []
    for h in hits:
        m = meta[h.rule]
        n = seen.get(h.rule, 0)
        seen[h.rule] = n + 1
        message, suggestion = _advice(ui.code, h.rule, tuple(sorted(h.values.items())))
        out.append(
            Finding(
                rule=h.rule,
                mistake=m.get("mistake"),
                severity=m["severity"],
                start=h.start,
                end=h.end,
                message=message,
                suggestion=suggestion,
                source=m["source"],
                points=int(m["points"] if n == 0 else m.get("repeat_points", 0)),
            )
        )
    return out


@lru_cache(maxsize=4096)
def _advice(ui_code: str, rule: str, values: tuple[tuple[str, str], ...]) -> tuple[str, str]:
    """A rule's message and suggestion with its values filled in (the same few repeat across a batch)."""
    texts = load(ui_code).advice["rules"][rule]
    filled = dict(values)
    return texts["message"].format(**filled), texts["suggestion"].format(**filled)
