"""Sentence splitting with character spans into the original text.

Outreach messages are not newspaper prose: greetings and sign-offs sit on their own lines, bullet lists are common
and lines are sometimes hard-wrapped. The splitter works in one linear pass:

1. paragraphs are separated by blank lines;
2. inside a paragraph a line break ends a sentence when the line ends in punctuation, is short (a greeting,
   a sign-off), or the next line is a list item; otherwise the lines are joined (a soft wrap);
3. inside those chunks, ``. ! ? …`` followed by white space ends a sentence, except after a known abbreviation
   or an initial, and (for ``.``) when the next word starts lower-case.
"""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"([.!?\u2026]+)([\"'\u201d\u2019)\]]*)(\s+)")
_BULLET = re.compile(r"\s*(?:[-*\u2022\u2013]|\d{1,2}[.)])\s")
_WORD_BEFORE = re.compile(r"(\S+)$")
_SHORT_LINE_WORDS = 5


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line without its newline."""
    out = []
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        if nl == -1:
            out.append((pos, n))
            break
        out.append((pos, nl))
        pos = nl + 1
    return out


def _chunks(text: str) -> list[tuple[int, int]]:
    """Split into line-level chunks: paragraphs and hard line breaks, joining soft wraps."""
    chunks: list[tuple[int, int]] = []
    cur_start: int | None = None
    cur_end = 0
    prev_ends_hard = True
    for start, end in _lines(text):
        line = text[start:end]
        stripped = line.strip()
        if not stripped:
            if cur_start is not None:
                chunks.append((cur_start, cur_end))
                cur_start = None
            prev_ends_hard = True
            continue
        is_bullet = bool(_BULLET.match(line))
        if cur_start is None or prev_ends_hard or is_bullet:
            if cur_start is not None:
                chunks.append((cur_start, cur_end))
            cur_start = start
        cur_end = end
        last = stripped[-1]
        short = len(stripped.split()) <= _SHORT_LINE_WORDS
        prev_ends_hard = (
            short or is_bullet or last in ".!?:;\u2026" or (not last.isalnum() and last not in ",'\"-()")
        )
    if cur_start is not None:
        chunks.append((cur_start, cur_end))
    return chunks


def split(text: str, abbreviations: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Return (start, end) spans of sentences, trimmed of surrounding white space."""
    spans: list[tuple[int, int]] = []
    for cstart, cend in _chunks(text):
        seg_start = cstart
        for m in _BOUNDARY.finditer(text, cstart, cend):
            punct = m.group(1)
            nxt = m.end()
            if nxt >= cend:
                continue
            if punct == ".":
                before = _WORD_BEFORE.search(text, seg_start, m.start())
                word = before.group(1).lower() + "." if before else ""
                # an initial is a capital ("J. Smith"); the Dutch pronoun ends many sentences ("... voor u. Mag ik")
                if word in abbreviations or (len(word) == 2 and before.group(1)[0].isupper()):  # type: ignore[union-attr]
                    continue
                if text[nxt].islower():
                    continue
            spans.append((seg_start, m.end(2) if m.group(2) else m.end(1)))
            seg_start = nxt
        spans.append((seg_start, cend))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
