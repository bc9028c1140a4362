"""Language detection: Dutch, English, or a clear 'not supported'.

Compact Language Detector 2 (pycld2, a C extension that ships its model) decides when it is reliable. Short
messages ("Dank je!", "Thanks!") are often unreliable for any detector, so we fall back on the function words
listed in each language pack.
"""

from __future__ import annotations

import re

from .errors import UnsupportedLanguageError
from .lexicon import SUPPORTED, load

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_NAMES = {"en": "English", "nl": "Dutch"}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _function_word_votes(text: str) -> dict[str, int]:
    words = [w.lower() for w in _WORD.findall(text[:5000])]
    votes = {}
    for code in SUPPORTED:
        fw = load(code).function_words
        votes[code] = sum(1 for w in words if w in fw)
    return votes


def detect(text: str) -> str:
    """Return 'en' or 'nl'; raise UnsupportedLanguageError for another language."""
    import pycld2  # local import: ~10 ms, only needed when --lang is auto

    # cld2 refuses control characters and lone surrogates; they carry no language anyway
    sample = _CONTROL.sub(" ", text[:20000]).encode("utf-8", "ignore").decode("utf-8")
    try:
        reliable, _, details = pycld2.detect(sample)
        top_code, top_pct = details[0][1], details[0][2]
    except pycld2.error:
        reliable, top_code, top_pct = False, "un", 0
    votes = _function_word_votes(text)
    best = max(votes, key=lambda c: votes[c])
    strong = votes[best] >= 3 and votes[best] >= 2 * min(votes.values()) + 1
    short = len(_WORD.findall(text[:400])) <= 15
    runner_up = max(v for c, v in votes.items() if c != best)
    if (top_code in SUPPORTED or not reliable) and short and votes[best] >= 2 and votes[best] > runner_up:
        # a short note ("Hoi, zullen we connecten? Cheers, Tom") is too little for cld2; its function words decide
        return best
    if reliable and top_code in SUPPORTED:
        # cld2 mixes up nl/en only on very mixed text; trust strong function-word evidence over it
        if strong and best != top_code and votes[best] >= 3 * max(1, votes[top_code]):
            return best
        return top_code
    if reliable and top_code not in ("un", "xxx") and top_pct >= 60:
        if strong and votes[best] >= 6:
            return best
        raise UnsupportedLanguageError(details[0][0].capitalize())
    if votes[best] > 0 and votes["en"] != votes["nl"]:
        return best
    return "en"


def name(code: str) -> str:
    return _NAMES.get(code, code)
