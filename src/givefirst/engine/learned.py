"""A learned second opinion on the give and value acts.

The cue packs find gives and values by their phrasing; a give said in words no cue was written for is missed. This
module adds a small logistic regression per act and language over a sentence's words and word pairs, trained only
on the dev split of givefirst's own corpus (``tools/train_model.py``; pure Python, no downloads) and shipped as
``lang/<code>/acts-model.json``. It only ever adds an act the cues did not give, and only to a sentence that asks
nothing: the cues stay the first judge, and an offer phrased as a question stays an ask.
"""

from __future__ import annotations

import json
import math
import os
from functools import lru_cache
from itertools import repeat
from typing import Any

from .lexicon import _PACKAGE
from .model import Sentence

MODEL_SCHEMA = "givefirst.acts-model/1"
TARGETS = ("give", "value")
MIN_WORDS = 4
_PUNCT = ".,;:!?\"'()[]{}<>*_-\u2013\u2014\u2018\u201c\u201d\u2026/"  # stripped from both ends of a word
_ORDER = ("ask", "give", "value", "their-work", "about-me")


def features(text: str) -> set[str]:
    """Lower-cased words (split at white space, punctuation stripped from their ends) and adjacent word pairs
    ("a b"; a word has no space), plus a bias feature ("")."""
    toks = [t for t in (w.strip(_PUNCT) for w in text.lower().replace("\u2019", "'").split()) if t]
    out = set(toks)
    out.add("")
    out.update([a + " " + b for a, b in zip(toks, toks[1:], strict=False)])
    return out


class ActModel:
    """Weights per act; ``threshold`` per act is the probability above which the act is added."""

    __slots__ = ("weights", "thresholds", "_rows")

    def __init__(self, weights: dict[str, dict[str, float]], thresholds: dict[str, float]) -> None:
        self.weights = weights
        self.thresholds = thresholds
        self._rows = [weights.get(act, {}) for act in TARGETS]

    def probabilities(self, feats: set[str]) -> list[float]:
        """The probability of each act in TARGETS (the sums run in C: map over the features)."""
        out = []
        for w in self._rows:
            z = sum(map(w.get, feats, repeat(0.0)))
            out.append(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))))
        return out

    def probability(self, act: str, feats: set[str]) -> float:
        return self.probabilities(feats)[TARGETS.index(act)]

    def to_dict(self, trained_on: str) -> dict[str, Any]:
        return {"schema": MODEL_SCHEMA, "trained_on": trained_on, "thresholds": self.thresholds,
                "weights": {a: {f: round(v, 5) for f, v in sorted(w.items()) if abs(v) >= 0.02}
                            for a, w in self.weights.items()}}


def train(rows: list[tuple[set[str], set[str]]], act: str, epochs: int = 15, rate: float = 0.2,
          l2: float = 1e-4) -> dict[str, float]:
    """Logistic regression by stochastic gradient descent, in a fixed order (the same weights on every run)."""
    import random

    w: dict[str, float] = {}
    order = list(range(len(rows)))
    rnd = random.Random(0)
    for _ in range(epochs):
        rnd.shuffle(order)
        for i in order:
            feats, gold = rows[i]
            z = sum(w.get(f, 0.0) for f in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (1.0 if act in gold else 0.0) - p
            for f in feats:
                v = w.get(f, 0.0)
                w[f] = v + rate * (g - l2 * v)
    return w


@lru_cache(maxsize=4)
def load(code: str) -> ActModel | None:
    """The shipped model for a language pack, or None when there is none."""
    try:  # a plain path, as for the cue packs: importlib.resources or pathlib cost imports on a cold start
        with open(os.path.join(_PACKAGE, "lang", code, "acts-model.json"), encoding="utf-8") as fh:
            raw = fh.read()
    except OSError:
        return None
    data = json.loads(raw)
    if data.get("schema") != MODEL_SCHEMA:
        return None
    return ActModel(data["weights"], data["thresholds"])


def add_acts(sentences: list[Sentence], model: ActModel | None) -> None:
    """Add give / value where the model is confident and the cues said nothing, to sentences that ask nothing."""
    if model is None:
        return
    for s in sentences:
        if "ask" in s.acts or s.text.rstrip().endswith("?") or s.text.count(" ") < MIN_WORDS - 1:
            continue  # a greeting or a sign-off ("Hi Anna,", "Warm regards,") is too short to judge
        if "give" in s.acts and "value" in s.acts:
            continue
        probs = model.probabilities(features(s.text))
        added = [a for a, p in zip(TARGETS, probs, strict=True)
                 if a not in s.acts and p > model.thresholds.get(a, 1.0)]
        if added:
            acts = set(s.acts) | set(added)
            s.acts = [a for a in _ORDER if a in acts]
