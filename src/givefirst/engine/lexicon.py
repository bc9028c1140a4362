"""Per-language data packs: cue lexicons, abbreviations, advice texts and examples.

All words and phrases live in ``givefirst/lang/<code>/*.toml``; this module only loads and compiles them.
Adding a Dutch cue never touches Python (STYLE.md, example 2 and 3).
"""

from __future__ import annotations

import json
import os
import re
import zlib
from functools import cache, cached_property
from typing import Any, NamedTuple

from . import prefilter

SUPPORTED = ("en", "nl")

_MACRO = re.compile(r"\{\{(\w+)\}\}")
DURATION_GROUP = "signal.duration"  # the cue group the explicit ask sizes ([[durations]]) run as

# Characters that look different but mean the same to a cue. Each maps one character to one character,
# so offsets in the folded text equal offsets in the input.
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ",
                       "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-"})


def fold(text: str) -> str:
    """Same-length normalisation used before matching (curly quotes, dashes, non-breaking spaces)."""
    return text.translate(_FOLD)


class Alt:
    """One pattern of a cue group, compiled on first use; ``prefixes`` feeds the prefilter."""

    __slots__ = ("source", "prefixes", "lead_space", "constraints", "needs_frame", "_regex", "compiled", "cmasks",
                 "pmask")

    def __init__(self, source: str, prefixes: frozenset[str] | None, lead_space: bool = False,
                 constraints: tuple[frozenset[str], ...] = ()) -> None:
        self.needs_frame = False  # from object_patterns: an ask only with a request, a question or a wish
        self.source = source
        self.prefixes = prefixes
        self.lead_space = lead_space
        self.constraints = constraints
        # the same as bit masks over the pack's watched word keys (set by LangPack): one integer AND per check
        self.cmasks: tuple[int, ...] = ()
        self.pmask = 0  # the prefixes, for a pattern triggered by a later word
        self._regex: re.Pattern[str] | None = None
        # (code blob, entry) from the shipped index: the pattern compiled by `make index`, so the first use skips
        # re's parser and compiler (most of a cold start's time)
        self.compiled: tuple[memoryview, list[Any]] | None = None

    @property
    def regex(self) -> re.Pattern[str]:
        if self._regex is None:
            if self.compiled is not None:
                self._regex = _from_code(self.source, *self.compiled)
            else:
                self._regex = re.compile(self.source, re.IGNORECASE)
        return self._regex


def _sre_stamp() -> dict[str, Any]:
    """What a compiled pattern depends on: the regex engine's version and code size, and Python's version."""
    import _sre
    import sys
    from array import array

    return {"magic": _sre.MAGIC, "codesize": _sre.CODESIZE, "python": list(sys.version_info[:2]),
            "words": f"{sys.byteorder}-{array('I').itemsize}"}


def _compile_code(source: str) -> tuple[list[int], list[Any]]:
    """re.compile(source, re.IGNORECASE), stopped before the last step: the code and what _sre.compile needs."""
    from re import _compiler, _parser

    p = _parser.parse(source, re.IGNORECASE)
    code = _compiler._code(p, re.IGNORECASE)
    indexgroup = [None] * p.state.groups
    for k, i in p.state.groupdict.items():
        indexgroup[i] = k
    return code, [re.IGNORECASE | p.state.flags, p.state.groups - 1, dict(p.state.groupdict), indexgroup]


def _from_code(source: str, blob: memoryview, entry: list[Any]) -> re.Pattern[str]:
    import _sre
    from array import array

    offset, length, flags, groups, groupindex, indexgroup = entry
    words = array("I")
    words.frombytes(blob[offset * 4:(offset + length) * 4])
    code = words.tolist()
    return _sre.compile(source, flags, code, groups, groupindex, tuple(indexgroup))  # type: ignore[no-any-return]


class CueGroup(NamedTuple):
    id: str
    act: str
    kind: str
    cost: int | None
    peer_rule: bool
    frame: bool
    veto: bool
    question_only: bool
    alts: tuple[Alt, ...]


_TABLE_ATTRS = frozenset(("flat", "by_prefix", "by_trigger", "always", "watch_bits", "first_keys", "word_cache",
                          "by_id"))


class LangPack:
    """One language: its cue groups (with the prefilter tables built from them), word lists and advice texts."""

    def __init__(self, code: str, name: str, groups: list[CueGroup], abbreviations: frozenset[str],
                 function_words: frozenset[str], role_sources: list[tuple[str, int]], history_sources: list[str],
                 closing_sources: list[str], postscript_sources: list[str],
                 duration_sources: list[tuple[str, float]], advice: dict[str, Any],
                 relation_sources: list[str] | None = None) -> None:
        self.code = code
        self.relation_sources = relation_sources or []  # role words that say the two know each other
        self.name = name
        self.groups = groups
        self.abbreviations = abbreviations
        self.function_words = function_words
        self.role_sources = role_sources
        self.history_sources = history_sources
        self.closing_sources = closing_sources
        self.postscript_sources = postscript_sources
        self.duration_sources = duration_sources
        self.advice = advice
        # the prefilter tables (flat, by_prefix, by_trigger, always, watch_bits, first_keys, word_cache, by_id) are
        # built on first use: a pack loaded only for its markers and role words (the other language's, for an
        # English message) never needs them, and building them costs ~10 ms of a cold start
        self._tables_built = False

    def __getattr__(self, name: str) -> Any:
        # called only for attributes not yet set: the tables, which are then built once
        if name in _TABLE_ATTRS and not self.__dict__.get("_tables_built", True):
            self._tables_built = True
            self._build_tables()
            return getattr(self, name)
        raise AttributeError(name)

    def __repr__(self) -> str:
        return f"LangPack({self.code!r}, {len(self.groups)} cue groups)"

    def _build_tables(self) -> None:
        # prefilter tables: word prefix -> the patterns that can only start with it; patterns that always run
        # (patterns are numbered in `flat`; the tables hold those numbers, which hash fast)
        self.flat: list[tuple[CueGroup, Alt]] = []
        self.by_prefix: dict[str, list[int]] = {}   # run where such a word starts
        self.by_trigger: dict[str, list[int]] = {}  # run over the text if such a word occurs
        self.always: list[int] = []                 # no usable prefix: always run
        self.watch_bits: dict[str, int] = {}         # watched key -> its bit
        self.first_keys: frozenset[str] = frozenset()  # the first words of the patterns in by_trigger
        self.word_cache: dict[str, Any] = {}  # prefilter: word -> patterns it can start, its watched-key bits
        self.by_id = {g.id: g for g in self.groups}
        common = self.function_words

        def weak(words: frozenset[str]) -> int:
            # keys are word prefixes, or whole short words with a trailing space ('you ', 'in ')
            return sum(1 for w in words if w.rstrip() in common or len(w.rstrip()) <= 2)

        watch: set[str] = set()
        for g in self.groups:
            for alt in g.alts:
                n = len(self.flat)
                self.flat.append((g, alt))
                if alt.prefixes is None:
                    self.always.append(n)
                    continue
                watch.update(w for c in alt.constraints for w in c)
                best = min(alt.constraints, key=weak, default=None)
                if weak(alt.prefixes) and best is not None and not weak(best):
                    # the first word is common ('i', 'you'): wait for a rarer word the pattern also needs
                    watch.update(alt.prefixes)
                    for w in best:
                        self.by_trigger.setdefault(w, []).append(n)
                else:
                    for p in alt.prefixes:
                        self.by_prefix.setdefault(p, []).append(n)
        bits = self.watch_bits = {key: 1 << i for i, key in enumerate(sorted(watch))}

        def mask(keys: frozenset[str]) -> int:
            m = 0
            for k in keys:
                m |= bits[k]
            return m

        for _g, alt in self.flat:
            alt.cmasks = tuple(mask(c) for c in alt.constraints)
            if alt.prefixes is not None and all(p in bits for p in alt.prefixes):
                alt.pmask = mask(alt.prefixes)
        self.first_keys = frozenset(p for ids in self.by_trigger.values() for n in ids
                                    for p in self.flat[n][1].prefixes or ())

    @cached_property
    def ask_costs(self) -> dict[str, int]:
        return {k: int(v) for k, v in self.advice.get("ask_costs", {}).items()}

    @cached_property
    def roles(self) -> list[tuple[re.Pattern[str], int]]:
        return [(re.compile(src, re.IGNORECASE), level) for src, level in self.role_sources]

    @cached_property
    def relation(self) -> re.Pattern[str] | None:
        if not self.relation_sources:
            return None
        return re.compile("|".join(f"(?:{src})" for src in self.relation_sources), re.IGNORECASE)

    @cached_property
    def durations(self) -> list[tuple[re.Pattern[str], float]]:
        return [(re.compile(src, re.IGNORECASE), minutes) for src, minutes in self.duration_sources]

    def text(self, *path: str, **values: Any) -> str:
        """Look up an advice text by path and fill in its {placeholders}."""
        node: Any = self.advice
        for part in path:
            node = node[part]
        if not isinstance(node, str):
            raise KeyError(".".join(path))
        return node.format(**values) if values else node

    def texts(self, *path: str) -> list[str]:
        node: Any = self.advice
        for part in path:
            node = node[part]
        return list(node)


# the installed givefirst package (data ships inside it); os.path, not pathlib: pathlib and the urllib it imports
# cost ~7 ms of every cold start
_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _package_text(*parts: str) -> str:
    with open(os.path.join(_PACKAGE, *parts), encoding="utf-8") as fh:
        return fh.read()


def _source(code: str, name: str) -> str:
    return _package_text("lang", code, name)


def _toml(source: str) -> dict[str, Any]:
    import tomllib  # only when a data file changed since `make index` (or while building the index)

    return tomllib.loads(source)


def _checksum(source: str) -> str:
    return f"{zlib.crc32(source.encode('utf-8')):08x}"


def _read(code: str, name: str) -> dict[str, Any]:
    return _toml(_source(code, name))


def _expand(pattern: str, macros: dict[str, str], where: str) -> str:
    def sub(m: re.Match[str]) -> str:
        key = m.group(1)
        if key not in macros:
            raise ValueError(f"{where}: unknown macro {{{{{key}}}}}")
        return macros[key]

    # macros may use other macros; three rounds are plenty
    for _ in range(3):
        pattern = _MACRO.sub(sub, pattern)
    return pattern


def _expanded_groups(cues: dict[str, Any], code: str) -> list[tuple[dict[str, Any], list[str]]]:
    """Each group with its expanded patterns: `patterns` first, then `object_patterns`. The explicit ask sizes
    ("15 minutes") come last as one more group, so the prefilter also tells which sentences name one."""
    macros: dict[str, str] = dict(cues.get("macros", {}))
    durations = {"id": DURATION_GROUP, "act": "duration", "patterns": [d["pattern"] for d in cues.get("durations", [])]}
    return [(g, [_expand(p, macros, f"lang/{code}/cues.toml [{g['id']}]")
                 for p in g.get("patterns", []) + g.get("object_patterns", [])])
            for g in [*cues["cue"], durations]]


def build_index(code: str) -> dict[str, Any]:
    """What `make index` writes to cues.index.json: the parsed cues and advice (JSON loads several times faster
    than TOML) and the prefilter index, stamped with a checksum of the two TOML files they come from; and where
    each pattern's compiled code lies in cues.sre (see build_code)."""
    return build_index_files(code)[0]


def build_index_files(code: str) -> tuple[dict[str, Any], bytes]:
    """Both files `make index` writes for a language, from one pass: cues.index.json's content and cues.sre."""
    source = _source(code, "cues.toml") + _source(code, "advice.toml")
    cues = _toml(_source(code, "cues.toml"))
    entries, blob = build_code(code, cues)
    return {
        "crc32": _checksum(source),
        "cues": cues,
        "advice": _toml(_source(code, "advice.toml")),
        "prefixes": {g["id"]: [_entry(prefilter.analyse(src)) for src in srcs]
                     for g, srcs in _expanded_groups(cues, code)},
        "compiled": {"stamp": _sre_stamp(), "crc32": zlib.crc32(blob), "patterns": entries},
    }, blob


def build_code(code: str, cues: dict[str, Any]) -> tuple[dict[str, list[list[Any]]], bytes]:
    """Every pattern compiled to the regex engine's code: per group, [offset, length, flags, groups, groupindex,
    indexgroup] into one blob of 32-bit words (cues.sre)."""
    from array import array

    words = array("I")
    entries: dict[str, list[list[Any]]] = {}
    for g, srcs in _expanded_groups(cues, code):
        out = entries[g["id"]] = []
        for src in srcs:
            program, meta = _compile_code(src)
            out.append([len(words), len(program), *meta])
            words.extend(program)
    return entries, words.tobytes()


def _entry(found: tuple[frozenset[str], bool, list[frozenset[str]]] | None) -> dict[str, Any] | None:
    if found is None:
        return None
    return {"words": sorted(found[0]), "lead_space": found[1], "then": [sorted(c) for c in found[2]]}


def _alt(src: str, entry: dict[str, Any] | None) -> Alt:
    if entry is None:
        return Alt(src, None)
    return Alt(src, frozenset(entry["words"]), bool(entry["lead_space"]),
               tuple(frozenset(c) for c in entry.get("then", [])))


def _index(code: str) -> dict[str, Any] | None:
    """The shipped index, if it was built from the current TOML files; else None (then the TOML is parsed)."""
    try:
        data: dict[str, Any] = json.loads(_source(code, "cues.index.json"))
    except (OSError, ValueError):
        return None
    if data.get("crc32") != _checksum(_source(code, "cues.toml") + _source(code, "advice.toml")):
        return None  # stale: the data changed since `make index`
    return data


def _compiled(code: str, meta: dict[str, Any] | None) -> tuple[dict[str, list[list[Any]]], memoryview]:
    """The compiled patterns of cues.sre, if they fit this interpreter and the file is intact; else nothing (then
    each pattern is compiled by re on first use, as before)."""
    if not meta or meta.get("stamp") != _sre_stamp():
        return {}, memoryview(b"")
    try:
        with open(os.path.join(_PACKAGE, "lang", code, "cues.sre"), "rb") as fh:
            data = fh.read()
    except OSError:
        return {}, memoryview(b"")
    if zlib.crc32(data) != meta.get("crc32"):
        return {}, memoryview(b"")
    return meta["patterns"], memoryview(data)


@cache
def load(code: str) -> LangPack:
    """Load one language pack (cached for the process). Patterns compile lazily, on first use."""
    if code not in SUPPORTED:
        raise KeyError(code)
    index = _index(code)
    compiled: dict[str, list[list[Any]]] = {}
    blob = memoryview(b"")
    if index is not None:
        cues, advice, prefixes = index["cues"], index["advice"], index["prefixes"]
        compiled, blob = _compiled(code, index.get("compiled"))
    else:
        cues, advice, prefixes = _toml(_source(code, "cues.toml")), _read(code, "advice.toml"), {}
    groups = []
    for g, srcs in _expanded_groups(cues, code):
        pre = prefixes.get(g["id"])
        if pre is None or len(pre) != len(srcs):
            pre = [_entry(prefilter.analyse(src)) for src in srcs]
        alts = tuple(_alt(src, entry) for src, entry in zip(srcs, pre, strict=True))
        codes = compiled.get(g["id"])
        if codes is not None and len(codes) == len(alts):
            for alt, entry in zip(alts, codes, strict=True):
                alt.compiled = (blob, entry)
        for alt in alts[len(g.get("patterns", [])):]:
            alt.needs_frame = True
        groups.append(
            CueGroup(
                id=g["id"],
                act=g["act"],
                kind=g.get("kind", g["act"]),
                cost=g.get("cost"),
                peer_rule=bool(g.get("peer_rule", False)),
                frame=bool(g.get("frame", False)),
                veto=bool(g.get("veto", False)),
                question_only=bool(g.get("question_only", False)),
                alts=alts,
            )
        )
    macros: dict[str, str] = dict(cues.get("macros", {}))
    where = f"lang/{code}/cues.toml"
    return LangPack(
        code=code,
        name=cues["name"],
        groups=groups,
        abbreviations=frozenset(a.lower() for a in cues.get("abbreviations", [])),
        function_words=frozenset(w.lower() for w in cues.get("function_words", [])),
        history_sources=list(cues.get("history_markers", [])),
        closing_sources=list(cues.get("closing_markers", [])),
        postscript_sources=list(cues.get("postscript_markers", [])),
        role_sources=[("|".join(f"(?:{_expand(p, macros, where)})" for p in r["patterns"]), int(r["level"]))
                      for r in cues.get("roles", [])],
        duration_sources=[(_expand(d["pattern"], macros, where), float(d["minutes"]))
                          for d in cues.get("durations", [])],
        advice=advice,
        relation_sources=[_expand(p, macros, where) for p in cues.get("relation_roles", [])],
    )


def validate(code: str) -> list[str]:
    """Compile every pattern of a pack; return the errors (used by the tests: data errors surface early)."""
    pack = load(code)
    errors = []
    for g in pack.groups:
        for alt in g.alts:
            try:
                alt.regex  # noqa: B018 - compiling is the check
            except re.error as exc:
                errors.append(f"lang/{code}/cues.toml [{g.id}]: {exc}: {alt.source[:80]}")
    for src, _ in pack.role_sources + pack.duration_sources:  # type: ignore[operator]
        try:
            re.compile(src)
        except re.error as exc:
            errors.append(f"lang/{code}/cues.toml roles/durations: {exc}")
    return errors


@cache
def _line_pattern(attr: str) -> re.Pattern[str]:
    """One multi-line pattern from a list of line markers (history, closing, P.S.) of every language pack."""
    sources = [src for code in SUPPORTED for src in getattr(load(code), attr)]
    return re.compile("|".join(f"(?:{s})" for s in sources), re.MULTILINE | re.IGNORECASE)


def history_marker() -> re.Pattern[str]:
    """The start of quoted or forwarded history (or a signature), from every language pack."""
    return _line_pattern("history_sources")


SIGNATURE_MAX = 400  # characters: a longer stretch after a closing line is more message, not a signature


MIN_BODY_BEFORE_CLOSING = 20  # characters of message before a closing line


def signature_span(text: str) -> tuple[int, int] | None:
    """(start, end) of the signature block: after the last closing line ("Best," "Met vriendelijke groet,"), up to
    a P.S. or the end; None if that stretch is too long to be a signature (a "Thanks!" line early on is no
    closing)."""
    closings = list(_line_pattern("closing_sources").finditer(text))
    if not closings:
        return None
    last = closings[-1]
    if len(text[:last.start()].strip()) < MIN_BODY_BEFORE_CLOSING:
        return None  # "thank you." as the first line opens a message; it closes nothing
    start = last.end()
    ps = _line_pattern("postscript_sources").search(text, start)
    end = ps.start() if ps else len(text)
    if end - start > SIGNATURE_MAX or not text[start:end].strip() or "?" in text[start:end]:
        return None  # a question after the closing line is the message going on, not a name and a title
    return start, end


def own_text_end(text: str) -> int:
    """Offset where the sender's own text ends: before a quoted reply, a forwarded message or a signature."""
    m = history_marker().search(text)
    return m.start() if m else len(text)


@cache
def examples(code: str) -> dict[str, Any]:
    """Must-flag / must-pass examples per rule (used by tests and docs, not at run time)."""
    return _read(code, "examples.toml")


@cache
def rules() -> dict[str, dict[str, Any]]:
    """Language-neutral rule metadata: mistake, severity, points, source (via rules.index.json when current)."""
    source = _package_text("data", "rules.toml")
    try:
        cached = json.loads(_package_text("data", "rules.index.json"))
    except (OSError, ValueError):
        cached = {}
    data = cached.get("rules") if cached.get("crc32") == _checksum(source) else None
    if data is None:
        data = _toml(source)
    return {r["id"]: r for r in data["rule"]}


def build_rules_index() -> dict[str, Any]:
    source = _package_text("data", "rules.toml")
    return {"crc32": _checksum(source), "rules": _toml(source)}
