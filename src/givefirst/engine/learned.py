"""The learned sentence classifier: the final word on a sentence's five acts.

The cue packs find acts by their phrasing and explain them (the span that triggered a finding); phrasing no cue was
written for is missed, and a cue can fire where a real writer meant something else. This module holds a logistic
regression per act and language over features that survive rewording - words and word beginnings (a cheap
character n-gram that survives typos and inflection) - plus what the cues found in the sentence (each cue group, the
acts the cues gave, a question mark). It is trained with scikit-learn at build time (``tools/train_model.py``) on the
dev splits of everything labelled: the own corpus, the real-message set and the labelled real sentences; the
probabilities are calibrated (Platt scaling on cross-validated scores) and shipped as
``lang/<code>/acts-model.json``. Inference is a dictionary look-up per feature: no scikit-learn, no NumPy.

The model decides each act of a sentence outside the signature; when it takes an ask away the ask's kind and cost
go with it, and an ask it adds is a plain request.
"""

from __future__ import annotations

import json
import math
import os
import re
from functools import lru_cache
from typing import Any

from .lexicon import _PACKAGE
from .model import ACTS, Profile, Sentence

MODEL_SCHEMA = "givefirst.acts-model/2"
PREFIX = 5  # word beginnings of this many characters, for words longer than that


_TOKEN = re.compile(r"\w+(?:['\u2019-]\w+)*")


def features(text: str, cue_groups: list[str] | tuple[str, ...] = (), cue_acts: list[str] | tuple[str, ...] = ()
             ) -> set[str]:
    """The features of one sentence: its lower-case words as they are, ``p:`` word beginnings, ``c:`` cue groups,
    ``a:`` acts the cues gave, ``?`` a question mark at the end, ``<short>`` under four words (a word never holds
    ':', '?' or '<', so the kinds cannot collide). Word pairs were measured too: no better on the real messages in
    cross-validation, and twice the features to look up."""
    toks = _TOKEN.findall(text.lower())
    out = set(toks)
    out.update(["p:" + t[:PREFIX] for t in toks if len(t) > PREFIX])
    out.update(["c:" + g for g in cue_groups])
    out.update(["a:" + a for a in cue_acts])
    if text.rstrip().endswith("?"):
        out.add("?")
    if len(toks) < 4:
        out.add("<short>")
    return out


def sentence_features(s: Sentence) -> set[str]:
    return features(s.text, [c.group for c in s.cues], s.acts)


class ActModel:
    """One weight vector per act (a row of ``len(ACTS)`` weights per feature), a bias, a Platt scaling (a, b) and a
    threshold per act."""

    __slots__ = ("weights", "bias", "scale", "thresholds", "keep", "keep_acts", "_vocab")

    def __init__(self, weights: dict[str, list[float]], bias: list[float], scale: list[tuple[float, float]],
                 thresholds: list[float], keep: float = 0.0, keep_acts: dict[str, float] | None = None) -> None:
        self._vocab = frozenset(weights)  # "feats & vocab" runs in C over the smaller of the two
        self.weights = weights
        self.bias = bias
        self.scale = scale
        self.thresholds = thresholds
        self.keep = keep  # an act the cues gave stays unless the model's probability for it is under this
        self.keep_acts = dict(keep_acts or {})  # the same bar for single acts where it is higher

    def probabilities(self, feats: set[str]) -> list[float]:
        """The calibrated probability of each act in ACTS."""
        rows = [self.weights[f] for f in feats & self._vocab]  # the few features the model knows
        sums = [sum(col) for col in zip(*rows, strict=True)] if rows else [0.0] * len(self.bias)
        out = []
        for z, bias, (a, b) in zip(sums, self.bias, self.scale, strict=True):
            t = a * (bias + z) + b
            out.append(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, t)))))
        return out

    def to_dict(self, trained_on: str, note: str = "") -> dict[str, Any]:
        return {"schema": MODEL_SCHEMA, "trained_on": trained_on, "note": note, "acts": list(ACTS),
                "bias": [round(b, 5) for b in self.bias], "scale": [[round(a, 5), round(b, 5)] for a, b in self.scale],
                "thresholds": [round(t, 3) for t in self.thresholds], "keep": self.keep, "keep_acts": self.keep_acts,
                "weights": {f: [round(v, 4) for v in row] for f, row in sorted(self.weights.items())}}


@lru_cache(maxsize=4)
def load(code: str) -> ActModel | None:
    """The shipped model for a language pack, or None when there is none (or it is of another schema)."""
    try:  # a plain path, as for the cue packs: importlib.resources or pathlib cost imports on a cold start
        with open(os.path.join(_PACKAGE, "lang", code, "acts-model.json"), encoding="utf-8") as fh:
            raw = fh.read()
    except OSError:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("schema") != MODEL_SCHEMA or data.get("acts") != list(ACTS):
        return None
    return ActModel(data["weights"], data["bias"], [tuple(x) for x in data["scale"]], data["thresholds"],
                    float(data.get("keep", 0.0)), {str(k): float(v) for k, v in data.get("keep_acts", {}).items()})


# what the cues saw that rules an ask out: small talk, a rhetorical question, availability ("call me if you have any
# questions"), a vague offer; the model adds no ask over these
NO_ASK = frozenset(("smalltalk", "rhetorical", "if-needed", "vague-offer"))


def decide(sentences: list[Sentence], model: ActModel | None, signals: list[set[str]] | None = None) -> None:
    """Set each sentence's acts from the model (the cues' acts are among its features). ``signals``, parallel to
    ``sentences``, are the cue signals of each: where they rule an ask out, the model adds none."""
    if model is None:
        return
    for i, s in enumerate(sentences):
        if not s.cues and s.text.count(" ") < 2:
            continue  # "Hi Anna,", "Best,", a name: nothing for the model to decide (the cues found nothing either)
        probs = model.probabilities(sentence_features(s))
        if "ask" not in s.acts and ((signals is not None and signals[i] & NO_ASK)
                                    or (s.strong_give and not s.text.rstrip().endswith("?"))):
            probs[0] = 0.0  # and a give of substance in a request frame ("I'd love to feature you") stays a give
        keep = model.keep
        # an act given by a cue group the model never saw in training stays: the model cannot judge it
        unseen = {c.act for c in s.cues if "c:" + c.group not in model.weights}
        acts = [a for a, p, t in zip(ACTS, probs, model.thresholds, strict=True)
                if p > t or (keep and a in s.acts and (p >= model.keep_acts.get(a, keep) or a in unseen))
                or (a == "give" and s.strong_give and "ask" not in s.acts)]
        if "ask" in acts and "ask" not in s.acts:
            s.ask_kind, s.ask_cost = "request", 10
        elif "ask" not in acts and "ask" in s.acts:
            s.ask_kind, s.ask_cost = None, None
        if "give" in acts and "give" not in s.acts and "ask" not in acts:
            s.strong_give = True
        s.acts = acts


# --- who they are to each other: the relation model --------------------------------------------------------------

RELATION_SCHEMA = "givefirst.relation-model/2"
# words shorter than this say more about a message's length than about who writes it ("the", "week" and "next" led a
# model with them to call a cold coffee request a colleague's note); 5-fold CV on real dev without recipient
# figures, at p >= 0.8: en 19 known / 4 wrongly -> 26 / 0, nl 30 / 8 -> 30 / 2
MIN_WORD = 5
_MENTION_START = re.compile(r"\s*(?:(?:hi|hey|hello|hoi|hallo|dag|beste)\b[\s,!]*)?@\w", re.IGNORECASE)


def message_features(sentences: list[Sentence], channel: str, recipient: Profile | None,
                     sender: Profile | None) -> set[str]:
    """The features of a whole message for the relation model: its words of MIN_WORD letters or more and ``p:``
    word beginnings, ``f:`` the first such words of its first sentence (a reply opens differently from a cold note:
    "Thanks for the fix", "Sorry for the late answer"), ``c:`` the cue groups it hit, ``@start``/``@any`` a mention
    of a handle, ``len:`` its length, ``ch:`` the channel, and ``r:``/``s:`` the words of both roles."""
    out: set[str] = set()
    n = 0
    for s in sentences:
        toks = _TOKEN.findall(s.text.lower())
        n += len(toks)
        out.update(t for t in toks if len(t) >= MIN_WORD)
        out.update(["p:" + t[:PREFIX] for t in toks if len(t) > PREFIX])
        out.update(["c:" + c.group for c in s.cues])
    if sentences:
        first = sentences[0].text
        out.update("f:" + t for t in _TOKEN.findall(first.lower())[:6] if len(t) >= MIN_WORD)
        if _MENTION_START.match(first):
            out.add("@start")
    if any("@" in s.text for s in sentences):
        out.add("@any")
    out.add("len:" + ("<15" if n < 15 else "<40" if n < 40 else "<100" if n < 100 else "100+"))
    out.add("ch:" + channel)
    for key, prof in (("r:", recipient), ("s:", sender)):
        if prof is None or not prof.role:
            out.add(key + "none")
        else:
            out.update(key + t for t in _TOKEN.findall(prof.role.lower()))
    return out


class RelationModel:
    """A logistic regression over message_features: the probability that the two already know each other or stand
    side by side (gold tier peer or below), for messages whose recipient profile gives no figures."""

    __slots__ = ("weights", "bias", "threshold", "_vocab")

    def __init__(self, weights: dict[str, float], bias: float, threshold: float) -> None:
        self._vocab = frozenset(weights)
        self.weights = weights
        self.bias = bias
        self.threshold = threshold

    def probability(self, feats: set[str]) -> float:
        z = self.bias + sum(self.weights[f] for f in feats & self._vocab)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_dict(self, trained_on: str, note: str = "") -> dict[str, Any]:
        return {"schema": RELATION_SCHEMA, "trained_on": trained_on, "note": note, "bias": round(self.bias, 5),
                "threshold": self.threshold, "weights": {f: round(v, 4) for f, v in sorted(self.weights.items())}}


@lru_cache(maxsize=4)
def load_relation(code: str) -> RelationModel | None:
    """The shipped relation model for a language pack, or None (none shipped, or of another schema)."""
    try:
        with open(os.path.join(_PACKAGE, "lang", code, "relation-model.json"), encoding="utf-8") as fh:
            data = json.loads(fh.read())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("schema") != RELATION_SCHEMA:
        return None
    return RelationModel(data["weights"], float(data["bias"]), float(data["threshold"]))


def reads_known(sentences: list[Sentence], channel: str, recipient: Profile | None, sender: Profile | None,
                model: RelationModel | None) -> bool:
    """True when the relation model is sure enough that the message passes between people who know each other (a
    reply in a thread, a colleague's note): only where no figure of the recipient's says otherwise."""
    if model is None or not sentences:
        return False
    if recipient is not None and (recipient.inbound_per_day or recipient.audience):
        return False
    return model.probability(message_features(sentences, channel, recipient, sender)) >= model.threshold
