"""A prefilter that lets the engine skip cue patterns that cannot match.

For each pattern we derive the set of literal word prefixes any match must begin with (``\\b(?:grab|get)\\s+coffee``
-> {"grab", "get"}). At check time the text's word prefixes are collected once; a pattern whose prefixes are all
absent is never run (and never even compiled). Patterns whose start cannot be pinned down get ``None`` and always
run, so the prefilter only saves time and never changes a result.

The derivation reads the pattern with Python's own regex parser (``re._parser``). It is computed once per data file
and stored beside it (``cues.index.json``, keyed by the file's hash); if the index is stale or missing it is
recomputed in memory.
"""

from __future__ import annotations

import re
from collections import defaultdict

PREFIX_LEN = 6
_WORD_RUN = re.compile(r"\w+")

try:  # Python 3.11+: re._parser; older: sre_parse. Any failure just disables the prefilter.
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover
    _C = _P = None  # type: ignore[assignment]


def _is_space_class(av: object) -> bool:
    return isinstance(av, list) and all(
        op is _C.CATEGORY and arg in (_C.CATEGORY_SPACE, _C.CATEGORY_LINEBREAK) or
        op is _C.LITERAL and chr(arg).isspace()
        for op, arg in av
    )


def _digit_class(av: object) -> bool:
    return isinstance(av, list) and len(av) == 1 and av[0][0] is _C.CATEGORY and av[0][1] is _C.CATEGORY_DIGIT


def _zero_width(items: list) -> bool:
    for op, av in items:
        if op is _C.BRANCH:
            if not all(_zero_width(list(b)) for b in av[1]):
                return False
        elif op not in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            return False
    return True


def _anchors(items: list) -> bool:
    """A zero-width start that puts the next character at a word start (\\b, ^, a lookbehind ending in space)."""
    for op, av in items:
        if op is _C.AT and av in (_C.AT_BOUNDARY, _C.AT_BEGINNING, _C.AT_BEGINNING_LINE, _C.AT_BEGINNING_STRING):
            return True
        if op is _C.ASSERT and av[0] == -1 and av[1]:
            last_op, last_av = av[1][-1]
            if (last_op is _C.IN and _is_space_class(last_av)) or (last_op is _C.LITERAL and chr(last_av).isspace()):
                return True
        if op is _C.BRANCH and all(_anchors(list(b)) for b in av[1]):
            return True
    return False


def _end_word(state: set[tuple[str, bool]]) -> set[tuple[str, bool]]:
    """Close open prefixes at a word end: 'a' followed by white space or \b is the word 'a' (written 'a ')."""
    return {(p + " ", True) if not c and p and p[-1].isalnum() else (p, True) if not c and p else (p, c)
            for p, c in state}


def _seq(items: list, state: set[tuple[str, bool]]) -> set[tuple[str, bool]]:
    """Extend (prefix, closed) pairs through a sequence of regex items."""
    for op, av in items:
        if all(closed for _, closed in state):
            return state
        if op is _C.AT and av is _C.AT_BOUNDARY:
            state = _end_word(state)
            continue
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue
        if op is _C.LITERAL:
            ch = chr(av).lower()
            state = {(p, c) if c else (p + ch, False) for p, c in state}
        elif op is _C.SUBPATTERN:
            state = _seq(list(av[-1]), state)
        elif op is _C.BRANCH:
            new: set[tuple[str, bool]] = set()
            for branch in av[1]:
                new |= _seq(list(branch), set(state))
            state = new
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
            lo, _hi, sub = av
            sub = list(sub)
            if len(sub) == 1 and sub[0][0] is _C.IN and _is_space_class(sub[0][1]):
                if all(p == "" for p, _ in state):
                    continue  # leading white space: the next literal still starts a word
                state = _end_word(state) if lo >= 1 else state | _end_word(state)
                continue
            taken = {(p, True) for p, _ in _seq(sub, set(state))}
            state = taken if lo >= 1 else state | taken
        elif op is _C.IN and _digit_class(av):  # \d: a number starts a word too
            state = {(p + d, False) if not c else (p, c) for p, c in state for d in "0123456789"}
            state = {(p, True) for p, _ in state}
        else:  # a class, a dot, a category, a backreference: the prefix ends here
            state = {(p, True) for p, _ in state}
    return state


def prefixes(pattern: str, flags: int = re.IGNORECASE) -> frozenset[str] | None:
    """Literal word prefixes (at most PREFIX_LEN long) that every match starts with, or None if unknown."""
    found = analyse(pattern, flags)
    return None if found is None else found[0]


def analyse(pattern: str, flags: int = re.IGNORECASE) -> tuple[frozenset[str], bool, list[frozenset[str]]] | None:
    """(prefixes, lead_space, constraints) or None.

    lead_space: the match may begin with white space before the word. constraints: further word-prefix sets
    of which the text must contain at least one each (from required words later in the pattern).
    """
    if _P is None:
        return None
    try:
        items = list(_P.parse(pattern, flags))
    except Exception:  # noqa: BLE001 - an unusual pattern only loses the optimisation
        return None
    # find the first consuming item; everything before it must anchor the match at a word start
    lead = 0
    while lead < len(items) and _zero_width([items[lead]]):
        lead += 1
    anchored = _anchors(items[:lead])
    lead_space = False
    while lead < len(items) and items[lead][0] in (_C.MAX_REPEAT, _C.MIN_REPEAT):
        sub = list(items[lead][1][2])
        if items[lead][1][0] == 0 and len(sub) == 1 and sub[0][0] is _C.IN and _is_space_class(sub[0][1]):
            lead += 1  # optional leading white space after an anchor: the next literal still starts a word
            lead_space = True
            continue
        break
    if not anchored:
        return None
    state = _seq(items[lead:], {("", False)})
    out = _words(state)
    if not out:
        return None
    return out, lead_space, _constraints(items[lead:])


def _words(state: set[tuple[str, bool]]) -> frozenset[str] | None:
    """Keys for the word index: 'word ' (trailing space) for a whole short word, else a prefix of a word."""
    out = set()
    for p, _closed in state:
        core = p[:-1] if p.endswith(" ") else p
        m = _WORD_RUN.match(core)
        if not m:
            return None
        word = m.group()
        if p.endswith(" ") and word == core and len(word) <= PREFIX_LEN:
            out.add(word + " ")
        else:
            out.add(word[:PREFIX_LEN])
    return frozenset(out)


def _is_space_repeat(item: tuple) -> bool:
    op, av = item
    if op not in (_C.MAX_REPEAT, _C.MIN_REPEAT):
        return False
    sub = list(av[2])
    return len(sub) == 1 and sub[0][0] is _C.IN and _is_space_class(sub[0][1])


def _ends_in_space(items: list) -> bool:
    """Whether every way through these items ends with required white space."""
    if not items:
        return False
    op, av = items[-1]
    if _is_space_repeat(items[-1]):
        return av[0] >= 1 or _ends_in_space(items[:-1])
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):  # zero-width: what comes before decides
        return _ends_in_space(items[:-1])
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] == 0:  # an optional end ("'d\s+(?:like\s+to\s+)?")
        return _ends_in_space(list(av[2])) and _ends_in_space(items[:-1])
    if op is _C.SUBPATTERN:
        return _ends_in_space(list(av[-1]))
    if op is _C.BRANCH:
        return all(_ends_in_space(list(b)) for b in av[1])
    return False


def _constraints(items: list) -> list[frozenset[str]]:
    """Word-prefix sets for the required words later in the pattern (each starts after white space or \b)."""
    out: list[frozenset[str]] = []
    at_word = False
    for i, (op, av) in enumerate(items):
        if op is _C.AT and av is _C.AT_BOUNDARY:
            at_word = True
            continue
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue
        if _is_space_repeat((op, av)):
            at_word = at_word or av[0] >= 1
            continue
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] == 0:
            # an optional part: the next word still starts a word only if the part ends in white space
            at_word = at_word and _ends_in_space(list(av[2]))
            continue
        if at_word and op in (_C.LITERAL, _C.SUBPATTERN, _C.BRANCH):
            words = _words(_seq(items[i:], {("", False)}))
            if words:
                out.append(words)
        if op in (_C.SUBPATTERN, _C.BRANCH):
            inner = _branch_constraint(op, av)
            if inner and inner not in out:
                out.append(inner)
        at_word = op in (_C.SUBPATTERN, _C.BRANCH) and _ends_in_space([(op, av)])
    return out


def _branch_constraint(op: object, av: object) -> frozenset[str] | None:
    """For a group of alternatives: if every alternative needs some later word, one of those words must occur
    (the union over the alternatives of the rarest-looking word set each one needs)."""
    if op is _C.SUBPATTERN:
        items = list(av[-1])  # type: ignore[index]
        if len(items) != 1 or items[0][0] is not _C.BRANCH:
            found = _constraints(items)
            return max(found, key=_rarity) if found else None
        op, av = items[0]
    if op is not _C.BRANCH:
        return None
    union: set[str] = set()
    for branch in av[1]:  # type: ignore[index]
        found = _constraints(list(branch))
        if not found:
            return None  # this alternative needs no later word
        union |= max(found, key=_rarity)
    return frozenset(union)


def _rarity(words: frozenset[str]) -> tuple[int, int]:
    """Longer and fewer keys filter better: 'admired' says more than 'a '."""
    return min(len(w.rstrip()) for w in words), -len(words)


def scan(text_lower: str, by_prefix: dict[str, list[int]], by_trigger: dict[str, list[int]],
         bits: dict[str, int], first_keys: frozenset[str] = frozenset(),
         cache: dict[str, tuple[tuple[int, ...], int, tuple[int, ...], tuple[str, ...]]] | None = None
         ) -> tuple[dict[int, list[int]], int, dict[str, list[int]], set[int]]:
    """One pass over the words of a text, for the cue patterns numbered in a pack.

    Returns: for each pattern a word of the text can start, the offsets of those words (ascending, each once); the
    watched word keys (the patterns' later words) that occur, as a bit mask over ``bits``; for each key in
    ``first_keys`` (the first words of the patterns that wait for a later word) that occurs, the offsets of the words
    that carry it (a defaultdict: test with ``in`` first); and the patterns the watched keys trigger.

    ``cache`` maps a word to (patterns it can start, its watched-key bits, patterns it triggers, its first keys);
    words repeat across messages, so a batch mostly skips the prefix loop.
    """
    if cache is None:
        cache = {}
    elif len(cache) > 200_000:
        cache.clear()
    out: defaultdict[int, list[int]] = defaultdict(list)
    present = 0
    seen: defaultdict[str, list[int]] = defaultdict(list)
    triggered: set[int] = set()
    get = cache.get
    for m in _WORD_RUN.finditer(text_lower):
        w = m.group()
        entry = get(w)
        if entry is None:
            entry = cache[w] = _word_entry(w, by_prefix, by_trigger, bits, first_keys)
        if entry is _NOTHING:
            continue  # most words start no pattern and carry no watched key
        pos = m.start()
        for item in entry[0]:
            out[item].append(pos)
        if entry[1]:
            present |= entry[1]
            if entry[2]:
                triggered.update(entry[2])
            for key in entry[3]:
                seen[key].append(pos)
    return out, present, seen, triggered


_NOTHING: tuple[tuple[int, ...], int, tuple[int, ...], tuple[str, ...]] = ((), 0, (), ())


def _word_entry(w: str, by_prefix: dict[str, list[int]], by_trigger: dict[str, list[int]], bits: dict[str, int],
                first_keys: frozenset[str]) -> tuple[tuple[int, ...], int, tuple[int, ...], tuple[str, ...]]:
    """The patterns a word can start (each once), the bits of the watched keys it carries, the patterns they
    trigger, and the first-word keys it carries."""
    hits: list[int] = []
    mask = 0
    trig: list[int] = []
    firsts: list[str] = []
    keys = [w[:k] for k in range(1, min(len(w), PREFIX_LEN) + 1)]
    if len(w) <= PREFIX_LEN:
        keys.append(w + " ")  # the whole word
    for key in keys:
        bit = bits.get(key)
        if bit:
            mask |= bit
            trig.extend(by_trigger.get(key, ()))
            if key in first_keys:
                firsts.append(key)
        found = by_prefix.get(key)
        if found:
            hits.extend(found)
    if not hits and not mask:
        return _NOTHING
    return tuple(dict.fromkeys(hits)), mask, tuple(dict.fromkeys(trig)), tuple(firsts)
